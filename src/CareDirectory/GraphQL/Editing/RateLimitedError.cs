using System.Globalization;
using CareDirectory.GraphQL.Execution;
using CareDirectory.GraphQL.Http;

namespace CareDirectory.GraphQL.Editing;

/// <summary>RATE_LIMITED, answered with HTTP 429 and <c>Retry-After</c> in whole seconds.</summary>
public sealed class RateLimitedError(bool write, TimeSpan retryAfter)
    : OperationLimitError(DirectoryErrors.RateLimited, $"Too many {(write ? "writes" : "reads")} from this API key or address; retry in {Seconds(retryAfter)} seconds."), IHttpStatusError
{
    public int StatusCode => StatusCodes.Status429TooManyRequests;

    public IReadOnlyDictionary<string, string> Headers { get; } = new Dictionary<string, string> { ["Retry-After"] = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture) };

    private static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
}
