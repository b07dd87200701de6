// A real SMTP server on loopback for the journeys: it takes every message the back office sends
// (smtp-server, nodemailer's own) and shows what it got, parsed, at GET /messages on an HTTP port.
// Usage: node smtp-sink.mjs SMTP_PORT HTTP_PORT
import http from 'node:http';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
const messages = [];

const smtp = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  banner: 'portal e2e sink',
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom && session.envelope.mailFrom.address,
          subject: mail.subject ?? '',
          text: mail.text ?? '',
        });
        callback();
      })
      .catch(callback);
  },
});
smtp.listen(smtpPort, '127.0.0.1');

http
  .createServer((req, res) => {
    if (req.url === '/messages' || req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url === '/health' ? { ok: true } : messages));
    } else {
      res.writeHead(404).end();
    }
  })
  .listen(httpPort, '127.0.0.1');
