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
  // gzip by Node (on by default, for `npm start`); production leaves it to the reverse proxy: HTTP_COMPRESSION=0.
  compress: !["0", "false", "off", "no"].includes((process.env.HTTP_COMPRESSION ?? "").trim().toLowerCase()),
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
