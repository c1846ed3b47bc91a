// ESLint (flat config): Next's rules (React, hooks, accessibility, Core Web Vitals), typescript-eslint
// with type information for the rules that need it, and Prettier's config last so that no lint rule
// argues with the formatter. `npm run lint` runs it with zero warnings allowed.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "lib/generated/", "data/", "tmp/", "test-results/", "playwright-report/", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTypeScript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits loses its errors: in an action, a half-done write nobody hears of.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // A switch over a status, role or precision must name every value (or say `default`).
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // SQL is built with Prisma.sql / tagged templates only: values are always parameters.
      "no-restricted-properties": [
        "error",
        { property: "$queryRawUnsafe", message: "Use $queryRaw with a tagged template (or Prisma.sql): values must be parameters." },
        { property: "$executeRawUnsafe", message: "Use $executeRaw with a tagged template (or Prisma.sql): values must be parameters." },
      ],
    },
  },
  prettier,
);
