using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using CareDirectory.Data;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Hsds;

/// <summary>
/// Imports HSDS 3.0 and 3.1 records, validated against the official schemas of the input's version
/// (<see cref="HsdsImportOptions.Version"/>, else <see cref="HsdsVersions.Detect"/>). First every record is validated (schemas, duplicate ids, references); any problem stops
/// the import before anything is written. Then the input is read again and written in batches, each batch in its own
/// transaction: organizations first (so every service finds its partner), then taxonomy terms, services, and
/// service_at_location records (kept with their service).
/// Why batches rather than one transaction: a 100k-service import killed at 90% keeps what it committed, every batch is
/// whole records, and because ids are the HSDS ids and unchanged records are recognised by content hash, running the
/// same import again skips what is done and completes the rest.
/// </summary>
public sealed class HsdsImporter(IDbContextFactory<DirectoryDbContext> contexts, HsdsSchemaCatalog catalog, TimeProvider clock)
{
    /// <summary>Records validated together; small enough that a chunk's parsed records cost little memory.</summary>
    private const int ValidationChunk = 256;

    /// <summary>
    /// Records parsed ahead of the chunk being checked or the batch being written (see <see cref="HsdsReadAhead"/>):
    /// half a default batch keeps them fed without holding whole batches of parsed records in memory (two batches
    /// ahead cost about 100 MB more at peak).
    /// </summary>
    private const int ReadAhead = 256;

    public async Task<HsdsImportReport> ImportAsync(HsdsImportOptions options, IProgress<HsdsImportProgress>? progress, CancellationToken cancellationToken)
    {
        HsdsPlaces places;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            places = await HsdsPlaces.LoadAsync(db, cancellationToken);
        }

        var version = options.Version ?? HsdsVersions.Detect(options.Path);
        var schemas = catalog.For(version);
        var input = new HsdsInput(options.Path, schemas);
        var state = options.State is null ? null : places.StateByCode(options.State)
            ?? throw new HsdsImportException([new HsdsProblem(input.Name, 0, "--state", $"unknown state '{options.State}' (not in the database: add seed-data/{options.State.ToLowerInvariant()}/state.json and run `seed`)") { Unit = "option" }]);

        // Without --state a record that names no state has none to fall back to: it is reported below, before any write.
        var stateCheck = new HsdsStateCheck(places);
        var check = new HsdsImportCheck(schemas, new HsdsRecordRules(places, state?.Id ?? Guid.Empty), stateCheck);
        long total = 0;
        await foreach (var chunk in Chunks(HsdsReadAhead.Of(input.ReadAsync(cancellationToken), ReadAhead, cancellationToken), ValidationChunk))
        {
            // Schema evaluation is most of validation and needs nothing but the record: the chunk's records are
            // evaluated on every core, then checked for duplicates and references in input order.
            var schemaProblems = new IReadOnlyList<HsdsProblem>[chunk.Count];
            Parallel.For(0, chunk.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => schemaProblems[i] = check.SchemaProblems(chunk[i]));
            for (var i = 0; i < chunk.Count; i++)
            {
                check.Add(chunk[i], schemaProblems[i]);
            }

            total += chunk.Count;
            progress?.Report(new HsdsImportProgress("Validating", total, null));
        }

        var (parentProblems, parentWarnings) = await check.ParentsAsync(contexts, cancellationToken);
        var warnings = input.Warnings.Concat(check.NotStored).Concat(parentWarnings).ToList();
        var problems = input.Problems.Concat(check.Problems).ToList();
        problems.AddRange(await check.UnresolvedAsync(contexts, cancellationToken));
        problems.AddRange(parentProblems);
        problems.AddRange(stateCheck.Problems);
        var placedByOption = await stateCheck.NeedingStateOptionAsync(contexts, cancellationToken);
        if (state is null)
        {
            problems.AddRange(placedByOption.Select(p => p with { Message = $"{p.Message}: pass --state with the USPS code of its state" }));
        }

        if (problems.Count > 0)
        {
            throw new HsdsImportException(problems);
        }

        if (options.DryRun)
        {
            return new HsdsImportReport(total, 0, 0, 0, DryRun: true) { Warnings = warnings, Version = version, PlacedByStateOption = placedByOption };
        }

        var writer = new HsdsImportWriter(contexts, places, state, input.Name, clock.GetUtcNow());
        // Organizations and services are also found nested: in each other and in service_at_location records.
        HashSet<HsdsRecordKind> withOrganizations = [HsdsRecordKind.Organization, HsdsRecordKind.Service, HsdsRecordKind.ServiceAtLocation];
        await PassAsync(input, options, total, "Writing organizations", withOrganizations, HsdsImportRecords.Organizations, writer.OrganizationsAsync, progress, cancellationToken);
        await PassAsync(input, options, total, "Writing taxonomy terms", new HashSet<HsdsRecordKind> { HsdsRecordKind.TaxonomyTerm }, r => r.Kind == HsdsRecordKind.TaxonomyTerm ? [r.Value] : [], writer.TermsAsync, progress, cancellationToken);
        await PassAsync(input, options, total, "Writing services", withOrganizations, HsdsImportRecords.Services, writer.ServicesAsync, progress, cancellationToken);
        await PassAsync(input, options, total, "Writing service_at_locations", new HashSet<HsdsRecordKind> { HsdsRecordKind.ServiceAtLocation }, r => r.Kind == HsdsRecordKind.ServiceAtLocation ? [r.Value] : [], writer.ServiceAtLocationsAsync, progress, cancellationToken);
        await writer.LinkParentsAsync(cancellationToken);
        return writer.Report(total) with { Warnings = warnings, Version = version, PlacedByStateOption = placedByOption };
    }

    private static async IAsyncEnumerable<List<HsdsRecord>> Chunks(IAsyncEnumerable<HsdsRecord> records, int size)
    {
        var chunk = new List<HsdsRecord>(size);
        await foreach (var record in records)
        {
            chunk.Add(record);
            if (chunk.Count == size)
            {
                yield return chunk;
                chunk = new List<HsdsRecord>(size);
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>One write pass over the input: the records <paramref name="select"/> finds in records of <paramref name="kinds"/>, in batches.</summary>
    private static async Task PassAsync(HsdsInput input, HsdsImportOptions options, long total, string phase, IReadOnlySet<HsdsRecordKind> kinds, Func<HsdsRecord, IEnumerable<JsonObject>> select,
        Func<IReadOnlyList<JsonObject>, CancellationToken, Task> write, IProgress<HsdsImportProgress>? progress, CancellationToken cancellationToken)
    {
        await foreach (var (batch, done) in BatchesAsync(input, options.BatchSize, kinds, select, cancellationToken))
        {
            await write(batch, cancellationToken);
            progress?.Report(new HsdsImportProgress(phase, done, total));
        }

        progress?.Report(new HsdsImportProgress(phase, total, total));
    }

    /// <summary>The pass's records in batches of <paramref name="size"/> (the last may be smaller), each with the count of input records read up to it.</summary>
    private static async IAsyncEnumerable<(List<JsonObject> Batch, long Done)> BatchesAsync(HsdsInput input, int size, IReadOnlySet<HsdsRecordKind> kinds,
        Func<HsdsRecord, IEnumerable<JsonObject>> select, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = new List<JsonObject>(size);
        var seen = new HashSet<Guid>();
        long done = 0;
        await foreach (var record in HsdsReadAhead.Of(input.ReadAsync(kinds, cancellationToken), ReadAhead, cancellationToken))
        {
            // A nested organization repeats in every service it runs; write it once per pass.
            batch.AddRange(select(record).Where(r => r.Id("id") is { } id && seen.Add(id)));
            done++;
            if (batch.Count >= size)
            {
                yield return (batch, done);
                batch = new List<JsonObject>(size);
            }
        }

        if (batch.Count > 0)
        {
            yield return (batch, done);
        }
    }
}
