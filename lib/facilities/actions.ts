"use server";
// Every export of this file is a public endpoint: actions only.
import { authedAction } from "../actions/client";
import { getDb } from "../db/client";
import { addFacilityFunding, saveFacility, saveFundingRate } from "./operations";
import { addFacilityFundingSchema, saveFacilitySchema, saveFundingRateSchema } from "./schemas";

export const saveFacilityAction = authedAction
  .metadata({ actionName: "saveFacilityAction" })
  .inputSchema(saveFacilitySchema)
  .action(({ parsedInput, ctx }) => saveFacility(getDb(), ctx.actor, parsedInput));
export const saveFundingRateAction = authedAction
  .metadata({ actionName: "saveFundingRateAction" })
  .inputSchema(saveFundingRateSchema)
  .action(({ parsedInput, ctx }) => saveFundingRate(getDb(), ctx.actor, parsedInput));
export const addFacilityFundingAction = authedAction
  .metadata({ actionName: "addFacilityFundingAction" })
  .inputSchema(addFacilityFundingSchema)
  .action(({ parsedInput, ctx }) => addFacilityFunding(getDb(), ctx.actor, parsedInput));
