import { publicRoute } from "@/lib/actions/route";
import { handlers } from "@/lib/auth/config";

// Auth.js: signing in, the session and signing out happen before anyone is signed in.
export const GET = publicRoute("Auth.js signs people in", {}, ({ request }) => handlers.GET(request));
export const POST = publicRoute("Auth.js signs people in", {}, ({ request }) => handlers.POST(request));
