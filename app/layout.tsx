import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Commitment Tracker", template: "%s · Commitment Tracker" },
  description: "Track the pledges made at diplomatic meetings, and how each one is kept.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
