import { Route, Routes, useParams, useResolvedPath } from 'react-router-dom';
import { ForumMinutes } from './ForumMinutes';
import { ForumMode } from './ForumMode';
import { ForumOccurrences } from './ForumOccurrences';

function ForumModeRoute(props: { forumBase: string }) {
  const { occurrenceId = '' } = useParams();
  // keyed, so moving to another occurrence starts from its own state
  return (
    <ForumMode
      key={occurrenceId}
      occurrenceId={occurrenceId}
      forumBase={props.forumBase}
    />
  );
}

function ForumMinutesRoute(props: { forumBase: string }) {
  const { occurrenceId = '' } = useParams();
  return (
    <ForumMinutes
      key={occurrenceId}
      occurrenceId={occurrenceId}
      forumBase={props.forumBase}
    />
  );
}

/**
 * The DevEx page's forum section: the forums to run or follow (`/devex/forum`), forum mode for
 * one occurrence (`/devex/forum/:occurrenceId`) and its minutes (`.../minutes`).
 */
export function ForumSection() {
  const forumBase = useResolvedPath('.').pathname.replace(/\/$/, '');
  return (
    <Routes>
      <Route path="" element={<ForumOccurrences forumBase={forumBase} />} />
      <Route
        path=":occurrenceId"
        element={<ForumModeRoute forumBase={forumBase} />}
      />
      <Route
        path=":occurrenceId/minutes"
        element={<ForumMinutesRoute forumBase={forumBase} />}
      />
    </Routes>
  );
}
