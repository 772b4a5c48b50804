// `npm run build`: the production build, stamped so that `npm start` knows it is current.
import { build } from "./production-build";

process.exit(build());
