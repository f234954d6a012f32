/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded by Node at run time rather than bundled: native-ish or large server packages.
  serverExternalPackages: [
    "@react-pdf/renderer",
    "pdfjs-dist",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "pg-boss",
    "nodemailer",
    "bcryptjs",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
