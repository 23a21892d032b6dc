/**
 * Input shapes shared by several routers: paging, ISO dates, statuses. Built from the domain's
 * and the store's vocabularies so the API accepts exactly what they do.
 */
import { correctableFields, trackingStatuses, userRoles, visibilities } from "@mandates/db";
import { BodyId } from "@mandates/domain";
import { z } from "zod";

export const isoDate = z
  .string()
  .max(10, "a date as YYYY-MM-DD")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

export const page = {
  limit: z.number().int().min(1).max(500).optional(),
  offset: z.number().int().min(0).optional(),
};

export const body = BodyId;
export const status = z.enum(trackingStatuses);
export const correctableField = z.enum(correctableFields);
export const role = z.enum(userRoles);

/** A resolution symbol as users type it: "A/RES/78/228", "E/RES/2015/23". */
export const symbol = z.string().trim().min(3).max(60);

export const obligationId = z.number().int().positive();

/** An actor of the registry, by id: "unodc", "sg". */
export const actorId = z.string().trim().min(1).max(80);

export const visibility = z.enum(visibilities);
