import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, 127.0.0.1, fd00::/8");

describe("clientAddress", () => {
  it("takes the socket's address, whatever X-Forwarded-For claims, when no proxy is trusted", () => {
    expect(clientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", "1.2.3.4, 5.6.7.8", none)).toBe("203.0.113.7");
  });

  it("behind a trusted proxy, takes the right-most hop that is not a trusted proxy", () => {
    // client claims 1.1.1.1; the real client 198.51.100.9 reached proxy 10.0.0.5, which reached the app via 127.0.0.1.
    expect(clientAddress("127.0.0.1", "1.1.1.1, 198.51.100.9, 10.0.0.5", proxies)).toBe("198.51.100.9");
    expect(clientAddress("fd00::1", "2001:db8::7", proxies)).toBe("2001:db8::7");
  });

  it("takes the socket's address when the socket is not a trusted proxy, even if the header names one", () => {
    expect(clientAddress("198.51.100.9", "10.0.0.5", proxies)).toBe("198.51.100.9");
  });

  it("ignores forwarded values that are not addresses, and knows no address without a socket", () => {
    expect(clientAddress("127.0.0.1", "evil, <script>, 198.51.100.4", proxies)).toBe("198.51.100.4");
    expect(clientAddress(null, "198.51.100.4", proxies)).toBeNull();
  });

  it("refuses a malformed TRUSTED_PROXIES entry", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.internal")).toThrow(/proxy.internal/);
  });
});
