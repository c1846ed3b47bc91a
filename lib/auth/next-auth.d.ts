import type { RoleValue } from "./permissions";

declare module "next-auth" {
  interface User {
    role: RoleValue;
    sessionVersion: number;
  }
  interface Session {
    user: {
      id: string;
      name: string;
      email: string;
      role: RoleValue;
      sessionVersion: number;
      sid: string;
      authTime: number;
      lastSeen: number;
      mustChangePassword: boolean;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role: RoleValue;
    sessionVersion: number;
    sid: string;
    authTime: number;
    lastSeen: number;
    /** Set by the session check from the database, never trusted from the cookie alone. */
    mustChangePassword?: boolean;
  }
}
