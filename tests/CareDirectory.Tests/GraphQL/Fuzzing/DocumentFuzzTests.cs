using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CareDirectory.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareDirectory.Tests.GraphQL.Fuzzing;

/// <summary>
/// A bounded fuzz run against the real application: generated documents over its own schema, with wrong types,
/// extreme values, fragments, aliases, directives and mistyped variables. None may get a 5xx, an INTERNAL_ERROR or
/// take longer than a few seconds. The seed is random per run and printed (and in every failure message); set
/// <c>CAREDIRECTORY_FUZZ_SEED</c> to replay one, <c>CAREDIRECTORY_FUZZ_DOCUMENTS</c> for a longer run.
/// </summary>
public sealed class DocumentFuzzTests(DirectoryAppFactory app, ITestOutputHelper output) : IClassFixture<DirectoryAppFactory>
{
    // The server's own operation timeout: every answer must come before it. (Typical answers take milliseconds; CI
    // runs this beside the other test assemblies on two cores, so a tighter bound would measure the machine.)
    private static readonly TimeSpan _slowerThanAnyAnswerShouldBe = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task GeneratedDocumentsNeverFailInternally()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CAREDIRECTORY_FUZZ_SEED"), CultureInfo.InvariantCulture, out var chosen) ? chosen : Environment.TickCount;
        var documents = int.TryParse(Environment.GetEnvironmentVariable("CAREDIRECTORY_FUZZ_DOCUMENTS"), CultureInfo.InvariantCulture, out var count) ? count : 400;
        output.WriteLine($"fuzz seed {seed}, {documents} documents");
        var generator = new RandomDocuments(app.Services.GetRequiredService<ISchema>(), new Random(seed));
        var client = new GraphQLClient(app.CreateClient());
        var (executed, refused) = (0, 0);
        var refusals = new Dictionary<string, int>();

        for (var i = 0; i < documents; i++)
        {
            var (query, variables) = generator.Next();
            var started = Stopwatch.GetTimestamp();
            var response = await client.QueryAsync(query, variables);
            var elapsed = Stopwatch.GetElapsedTime(started);

            var context = $"seed {seed}, document {i} ({elapsed.TotalMilliseconds:F0} ms): {Cut(response.Body.ToJsonString(), 600)}\n{Cut(query, 1500)}\nvariables {Cut(variables.ToJsonString(), 500)}";
            Assert.True((int)response.Status < 500, context);
            Assert.True(!response.ErrorCodes.Contains("INTERNAL_ERROR"), context);
            Assert.True(elapsed < _slowerThanAnyAnswerShouldBe, context);
            Assert.True(response.Body is JsonObject body && (body.ContainsKey("data") || body.ContainsKey("errors")), context);
            (executed, refused) = response.Body["data"] is null ? (executed, refused + 1) : (executed + 1, refused);
            if (response.Body["data"] is null)
            {
                var code = response.ErrorCodes.FirstOrDefault() ?? "(no code)";
                refusals[code] = refusals.GetValueOrDefault(code) + 1;
            }
        }

        // A generator that only produced refusals would test the validator alone.
        output.WriteLine($"{executed} executed (with data), {refused} refused before execution");
        output.WriteLine("refused by code: " + string.Join(", ", refusals.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}")));
        Assert.True(executed >= documents / 10, $"seed {seed}: only {executed} of {documents} documents executed");
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
