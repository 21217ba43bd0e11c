using System.Globalization;
using CareDirectory.GraphQL.Http;
using GraphQL.Validation;

namespace CareDirectory.GraphQL.Editing;

/// <summary>RATE_LIMITED, answered with HTTP 429 and <c>Retry-After</c> in whole seconds.</summary>
public sealed class RateLimitedError : ValidationError, IHttpStatusError
{
    public RateLimitedError(bool write, TimeSpan retryAfter)
        : base($"Too many {(write ? "writes" : "reads")} from this API key or address; retry in {RetryAfterSeconds(retryAfter)} seconds.")
    {
        Code = DirectoryErrors.RateLimited;
        Headers = new Dictionary<string, string> { ["Retry-After"] = RetryAfterSeconds(retryAfter).ToString(CultureInfo.InvariantCulture) };
    }

    public int StatusCode => StatusCodes.Status429TooManyRequests;

    public IReadOnlyDictionary<string, string> Headers { get; }

    private static int RetryAfterSeconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
}
