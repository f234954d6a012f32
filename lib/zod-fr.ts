// French default messages for every zod schema (explicit messages in schemas still win).
import { z } from "zod";

z.config(z.locales.fr());

export { z };
