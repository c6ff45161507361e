export interface Config {
  /** Configuration of the DevEx governance plugin. */
  devex?: {
    /**
     * IANA time zone in which dates such as "today" and "overdue" are reckoned.
     * @default "UTC"
     */
    timeZone?: string;
    demoData?: {
      /**
       * Load the demo records on first start. Never honoured when NODE_ENV is production.
       * @default false
       */
      enabled?: boolean;
    };
  };
}
