// Who is asking: the address of the socket, unless it is one of the proxies TRUSTED_PROXIES names,
// in which case X-Forwarded-For is walked back from the end past every trusted hop (proxy-addr,
// Express's rule). Whatever the client sends in its own headers decides nothing else. The answer
// travels to the app in one header the server sets and no client can: log-in limits, the view
// counter and Nhật ký's "Địa chỉ IP" read it (lib/auth/request.ts).
import type http from "node:http";
import proxyAddr from "proxy-addr";
import { clientAddressHeader } from "@/lib/auth/request";

const forwardedHeaders = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

export function clientAddressResolver(trustedProxies: readonly string[]): (request: http.IncomingMessage) => void {
  const trust = proxyAddr.compile([...trustedProxies]);
  return (request) => {
    // proxy-addr reads the socket and X-Forwarded-For; a header the client set under our name is dropped.
    delete request.headers[clientAddressHeader];
    const socket = request.socket.remoteAddress;
    const address = socket ? proxyAddr(request, trust) : "unknown";
    request.headers[clientAddressHeader] = address.replace(/^::ffff:/, "");
    // Forwarded host and scheme are believed from a trusted proxy only; Next fills in its own.
    if (!socket || !trust(socket, 0)) for (const name of forwardedHeaders) delete request.headers[name];
  };
}
