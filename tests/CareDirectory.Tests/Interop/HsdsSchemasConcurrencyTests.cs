using System.Text.Json;
using System.Text.Json.Nodes;
using CareDirectory.Hsds;

namespace CareDirectory.Tests.Interop;

/// <summary>
/// The importer checks records on several threads at once, and a valid import was once refused with "does not match
/// the HSDS organization schema" and no failing keyword (JsonSchema.Net's evaluation is not safe to share between
/// threads). Each verdict checked in parallel, valid and invalid records mixed so both output formats run at once, must
/// be the verdict the record gets alone.
/// </summary>
public sealed class HsdsSchemasConcurrencyTests
{
    [Fact]
    public void RecordsCheckedInParallelGetTheVerdictsTheyGetAlone()
    {
        var schemas = new HsdsSchemas(HsdsVersion.Hsds30);
        var service = JsonNode.Parse(File.ReadAllText(Path.Combine(HsdsOfficialExamples.Folder("3.0"), "service_full.json")))!.AsObject();
        var organization = service["organization"]!.AsObject();
        var records = new List<(string Schema, JsonElement Record)>();
        for (var i = 0; i < 40; i++)
        {
            var copy = organization.DeepClone().AsObject();
            if (i % 2 == 1)
            {
                copy["email"] = $"not an email {i}"; // format: email
                copy.Remove("name");                // required
            }

            records.Add(("organization", JsonSerializer.SerializeToElement(copy)));
            var serviceCopy = service.DeepClone().AsObject();
            serviceCopy.Remove("organization");
            if (i % 3 == 0)
            {
                serviceCopy["status"] = "not a status"; // enum
            }

            records.Add(("service", JsonSerializer.SerializeToElement(serviceCopy)));
        }

        var alone = records.Select(r => Verdict(schemas, r.Schema, r.Record)).ToArray();
        Assert.Contains(alone, v => v.Length == 0);
        Assert.Contains(alone, v => v.Length > 0);
        Assert.DoesNotContain(alone, v => v.Contains("does not match the HSDS", StringComparison.Ordinal));

        var rounds = 50;
        var together = new string[rounds * records.Count];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) },
            i => together[i] = Verdict(schemas, records[i % records.Count].Schema, records[i % records.Count].Record));

        for (var i = 0; i < together.Length; i++)
        {
            Assert.Equal(alone[i % records.Count], together[i]);
        }
    }

    private static string Verdict(HsdsSchemas schemas, string schema, JsonElement record) =>
        string.Join("\n", schemas.Validate(schema, record, "records.ndjson", 1).Select(p => p.ToString()));
}
