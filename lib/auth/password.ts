import bcrypt from "bcryptjs";

// bcrypt, cost 11: ~150 ms a check on these machines, slow enough against offline guessing.
const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Compared against when the account does not exist, so that timing does not reveal which emails exist. */
export const DUMMY_HASH = "$2b$11$T2xT7VRJkCoHqlkPd3WBZufnT4TcG0yblt0yVwgZYzDlqYH9Jz9fG";
