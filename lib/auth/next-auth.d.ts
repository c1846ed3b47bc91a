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
  }
}
