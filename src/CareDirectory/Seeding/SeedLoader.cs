using System.Security.Cryptography;
using System.Text.Json;
using CareDirectory.Data;
using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDirectory.Seeding;

/// <summary>
/// Loads seed-data/ into the database in one transaction: upsert by stable key (ids derive from keys), records whose
/// content hash is unchanged are left alone, so running twice changes nothing. Two passes over the files: the first
/// validates everything and keeps only keys, the second reads and writes one file at a time, so at national scale
/// (700,000 records, 700 MB of JSON) memory holds one file's records, not the whole set. Changes are saved every
/// <see cref="DatabaseOptions.SeedBatchSize"/> records and the change tracker cleared, so memory and change detection
/// stay flat; into an empty database records are inserted without looking each one up.
/// </summary>
public sealed class SeedLoader(IDbContextFactory<DirectoryDbContext> contexts, TimeProvider clock, IOptions<DatabaseOptions> options)
{
    public async Task<SeedReport> LoadAsync(string root, CancellationToken cancellationToken)
    {
        var folders = SeedReader.StateFolders(root);
        var snapshot = SeedFilesSnapshot.Take(root, folders);
        var taxonomy = SeedReader.ReadTaxonomy(root);
        SeedValidator.Validate(root, taxonomy, folders);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = new SeedRun(db, clock.GetUtcNow(), options.Value.SeedBatchSize, empty: await IsEmptyAsync(db, cancellationToken));
        await run.ServiceTypesAsync(taxonomy, cancellationToken);
        var places = new List<(string Folder, StatePlaces Places)>();
        foreach (var folder in folders)
        {
            places.Add((folder, await run.StateAsync(folder, cancellationToken)));
        }

        foreach (var (folder, place) in places)
        {
            await run.ProgramsAndMeetingsAsync(folder, place, cancellationToken);
        }

        foreach (var (folder, place) in places)
        {
            await run.ResourcesAsync(folder, place, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        snapshot.EnsureUnchanged(root, SeedReader.StateFolders(root));
        await transaction.CommitAsync(cancellationToken);
        return run.Report;
    }

    private static async Task<bool> IsEmptyAsync(DirectoryDbContext db, CancellationToken cancellationToken) =>
        !await db.ServiceTypes.AnyAsync(cancellationToken) && !await db.States.AnyAsync(cancellationToken)
        && !await db.Counties.AnyAsync(cancellationToken) && !await db.Partners.AnyAsync(cancellationToken)
        && !await db.Programs.AnyAsync(cancellationToken) && !await db.Meetings.AnyAsync(cancellationToken)
        && !await db.EducatorResources.AnyAsync(cancellationToken);

    /// <summary>A written state and its counties (by slug and by FIPS code), for the records written after them.</summary>
    private sealed record StatePlaces(State State, Dictionary<string, County> Counties, Dictionary<string, County> CountyByFips);

    /// <summary>One seed run's state: the context, the clock reading and the counters.</summary>
    /// <param name="empty">The database had no records: every record is new, so none is looked up.</param>
    private sealed class SeedRun(DirectoryDbContext db, DateTimeOffset now, int batchSize, bool empty)
    {
        private int _pending;
        private int _created;
        private int _updated;
        private int _unchanged;
        private readonly Dictionary<string, ServiceType> _serviceTypes = new(StringComparer.Ordinal);

        public SeedReport Report => new(_created, _updated, _unchanged);

        public async Task ServiceTypesAsync(SeedTaxonomy taxonomy, CancellationToken cancellationToken)
        {
            var existing = await db.ServiceTypes.ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, cancellationToken);
            var byCode = taxonomy.Terms.ToDictionary(t => t.Code, StringComparer.Ordinal);
            foreach (var term in taxonomy.Terms)
            {
                var path = PathOf(term, byCode);
                if (!existing.TryGetValue(term.Code, out var type))
                {
                    type = new ServiceType { Id = StableId.For("service-type", term.Code), Code = term.Code, Name = term.Name };
                    db.ServiceTypes.Add(type);
                    _created++;
                }
                else if (type.Name == term.Name && type.Description == term.Description && type.Path.SequenceEqual(path))
                {
                    _unchanged++;
                    _serviceTypes[term.Code] = type;
                    continue;
                }
                else
                {
                    _updated++;
                }

                type.Name = term.Name;
                type.Description = term.Description;
                type.Taxonomy = taxonomy.Taxonomy;
                type.Path = path;
                type.ParentId = term.Parent is null ? null : StableId.For("service-type", term.Parent);
                _serviceTypes[term.Code] = type;
            }

            await FlushAsync(cancellationToken);
        }

        /// <summary>
        /// Writes a state folder's state, counties and partners, a file at a time (each file's records are garbage once
        /// written). Every state's partners are written before any program, meeting or resource, since those may name a
        /// partner (or a meeting) of another state's files, and a batch is flushed with its foreign keys checked.
        /// </summary>
        public async Task<StatePlaces> StateAsync(string folder, CancellationToken cancellationToken)
        {
            var seed = SeedReader.ReadState(folder);
            var state = await UpsertAsync(db.States, "state", seed.Key, seed with { Counties = [] }, s =>
            {
                s.Code = seed.Code;
                s.Name = seed.Name;
                s.FipsCode = seed.FipsCode;
                s.TimeZone = seed.TimeZone;
                s.SystemOfCareName = seed.SystemOfCareName;
                s.SystemOfCareDescription = seed.SystemOfCareDescription;
                s.AccessPoints = seed.AccessPoints;
                s.Provenance = seed.Provenance;
            }, () => new State { Key = seed.Key, Code = seed.Code, Name = seed.Name, FipsCode = seed.FipsCode, TimeZone = seed.TimeZone, Provenance = seed.Provenance }, cancellationToken);

            var counties = new Dictionary<string, County>(StringComparer.Ordinal);
            foreach (var c in seed.Counties)
            {
                var key = $"{seed.Key}/{c.Slug}";
                counties[c.Slug] = await UpsertAsync(db.Counties, "county", key, c, county =>
                {
                    county.StateId = state.Id;
                    county.Name = c.Name;
                    county.Slug = c.Slug;
                    county.Fips = c.Fips;
                    county.Provenance = seed.CountiesProvenance! with { };
                }, () => new County { Key = key, Name = c.Name, Slug = c.Slug, Fips = c.Fips, Provenance = seed.CountiesProvenance! with { } }, cancellationToken);
            }

            var places = new StatePlaces(state, counties, counties.Values.ToDictionary(c => c.Fips, StringComparer.Ordinal));
            var mapping = Mapping(places);
            foreach (var p in SeedReader.ReadPartners(folder))
            {
                await UpsertAsync(db.Partners.Include(x => x.ServiceAreas), "partner", p.Key, p, partner => mapping.Apply(p, partner), () => SeedMapping.New(p), cancellationToken);
            }

            return places;
        }

        /// <summary>Programs and meetings of a state folder; they name partners, all written by now.</summary>
        public async Task ProgramsAndMeetingsAsync(string folder, StatePlaces places, CancellationToken cancellationToken)
        {
            var mapping = Mapping(places);
            foreach (var p in SeedReader.ReadPrograms(folder))
            {
                await UpsertAsync(db.Programs.Include(x => x.ServiceAreas).Include(x => x.ServiceTypes), "program", p.Key, p, program => mapping.Apply(p, program), () => SeedMapping.New(p), cancellationToken);
            }

            foreach (var m in SeedReader.ReadMeetings(folder))
            {
                await UpsertAsync(db.Meetings, "meeting", m.Key, m, meeting => mapping.Apply(m, meeting), () => SeedMapping.New(m), cancellationToken);
            }
        }

        /// <summary>Educator resources of a state folder; they name partners and meetings, all written by now.</summary>
        public async Task ResourcesAsync(string folder, StatePlaces places, CancellationToken cancellationToken)
        {
            var mapping = Mapping(places);
            foreach (var r in SeedReader.ReadEducatorResources(folder))
            {
                await UpsertAsync(db.EducatorResources, "educator-resource", r.Key, r, resource => mapping.Apply(r, resource), () => SeedMapping.New(r), cancellationToken);
            }
        }

        private async Task<T> UpsertAsync<T, TSeed>(IQueryable<T> query, string entityType, string key, TSeed seed, Action<T> apply, Func<T> create, CancellationToken cancellationToken)
            where T : Entity
        {
            // Keys are unique across the seed set (the validator checks), so each id is looked up at most once.
            var id = StableId.For(entityType, key);
            var hash = Hash(seed);
            var entity = empty ? null : await query.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (entity is null)
            {
                entity = create();
                entity.Id = id;
                entity.CreatedAt = now;
                entity.Version = 1;
                db.Add(entity);
                _created++;
            }
            else if (entity.ContentHash == hash)
            {
                _unchanged++;
                await CountAsync(cancellationToken);
                return entity;
            }
            else
            {
                entity.Version++;
                _updated++;
            }

            apply(entity);
            entity.LastModified = now;
            entity.ContentHash = hash;
            await CountAsync(cancellationToken);
            return entity;
        }

        private async Task CountAsync(CancellationToken cancellationToken)
        {
            if (++_pending >= batchSize)
            {
                await FlushAsync(cancellationToken);
            }
        }

        /// <summary>Saves inside the run's transaction and forgets the saved entities; the shared service types stay attached.</summary>
        private async Task FlushAsync(CancellationToken cancellationToken)
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            db.AttachRange(_serviceTypes.Values);
            _pending = 0;
        }

        private SeedMapping Mapping(StatePlaces places) => new(
            places.State.Id,
            areas => SeedMapping.AreasOf(areas, places.State.Id, fips => places.CountyByFips[fips].Id),
            slug => slug is null ? null : places.Counties[slug].Id,
            code => _serviceTypes[code]);

        private static List<string> PathOf(SeedServiceType term, Dictionary<string, SeedServiceType> byCode)
        {
            var path = new List<string>();
            for (var t = term; t is not null; t = t.Parent is null ? null : byCode[t.Parent])
            {
                if (path.Contains(t.Code))
                {
                    throw new SeedException(SeedReader.TaxonomyFile, term.Code, "parent", "service types form a cycle");
                }

                path.Insert(0, t.Code);
            }

            return path;
        }

        private static string Hash<TSeed>(TSeed seed) =>
            Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(seed, SeedReader.Json)));
    }
}
