// `npm start`: serves the built app on 127.0.0.1 and prints its URL.
import { startServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 5173);
const { url } = await startServer({ root: new URL('../dist', import.meta.url).pathname, port });
console.log(`\nClaimline is running at ${url}\n(Ctrl+C to stop)`);
