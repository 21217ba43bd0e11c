using GraphQL;

namespace CareDirectory.GraphQL;

/// <summary>Errors the directory's resolvers raise, each with a stable <c>extensions.code</c> (documented in the README).</summary>
public static class DirectoryErrors
{
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidPaging = "INVALID_PAGING";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string NotFound = "NOT_FOUND";
    public const string InvalidId = "INVALID_ID";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string FilterLimitExceeded = "FILTER_LIMIT_EXCEEDED";
    public const string TooManyIds = "TOO_MANY_IDS";
    public const string SearchUnavailable = "SEARCH_UNAVAILABLE";
    public const string ScheduleUnavailable = "SCHEDULE_UNAVAILABLE";

    // Editing: UNAUTHENTICATED and RATE_LIMITED are top-level errors; the others are payload errors of mutations.
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string RateLimited = "RATE_LIMITED";
    public const string Conflict = "CONFLICT";
    public const string ValidationFailed = "VALIDATION_FAILED";

    /// <summary>A write reached a read-only database server (a standby of a multi-host connection string).</summary>
    public const string ReadOnly = "READ_ONLY";

    public static ExecutionError Error(string code, string message) => new(message) { Code = code };
}
