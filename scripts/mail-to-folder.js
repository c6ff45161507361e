#!/usr/bin/env node
// A stand-in for sendmail for the local portal: the notifications email module runs it as its
// `sendmail` transport (app-config.yaml, notifications.processors.email) with the arguments
// `-i -f <sender> <recipient>...` and the message on stdin. Instead of sending the message, it
// writes it, unchanged, to a folder as an .eml file any mail client or text editor opens:
// $DEVEX_MAIL_DIR when set, else .data/mail/ next to the demo's SQLite files.
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
const recipients = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '-f') i++; // the sender
  else if (!args[i].startsWith('-')) recipients.push(args[i]);
}

const dir =
  process.env.DEVEX_MAIL_DIR || path.resolve(__dirname, '..', '.data', 'mail');
const safe = s => s.replace(/[^A-Za-z0-9@._+-]/g, '_');
const name = `${new Date().toISOString().replace(/:/g, '-')}_${safe(
  recipients.join(',') || 'no-recipient',
)}_${process.pid}.eml`;

const chunks = [];
process.stdin.on('data', chunk => chunks.push(chunk));
process.stdin.on('end', () => {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, name), Buffer.concat(chunks));
  } catch (error) {
    process.stderr.write(`mail-to-folder: ${error.message}\n`);
    process.exit(1);
  }
});
