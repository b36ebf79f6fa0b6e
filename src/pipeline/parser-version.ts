/**
 * The version of the reading of a report: adapters, recogniser, value reading and matcher taken
 * together. Stored with each document (documents.parser_version, migration 007); bump it in the
 * commit that changes what a file is read as, and `chitieu reimport --outdated` reads again the
 * files read by an earlier version. Documents imported before it was kept have none (null) and
 * count as outdated.
 */
export const PARSER_VERSION = 3;
