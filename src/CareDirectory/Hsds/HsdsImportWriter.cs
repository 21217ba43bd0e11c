using System.Text.Json.Nodes;
using CareDirectory.Data;
using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareDirectory.Hsds;

/// <summary>Writes validated HSDS records, one transaction per batch; upserts by id and skips records whose content hash is unchanged.</summary>
internal sealed class HsdsImportWriter(IDbContextFactory<DirectoryDbContext> contexts, HsdsPlaces places, State? state, string source, DateTimeOffset now)
{
    /// <summary>
    /// SQLite's page cache for the import's connections. Random GUID keys spread a batch's inserts over every index;
    /// the default 2 MiB cannot hold those pages, so each insert read them back from the OS. 32 MiB keeps the memory
    /// budget (500 MB at 100,000 services).
    /// </summary>
    private const int PageCacheKib = 32768;

    private readonly Provenance _provenance = new() { Source = source, LastVerified = DateOnly.FromDateTime(now.UtcDateTime), VerifiedBy = "hsds import" };

    /// <summary>
    /// Each partner's state, from the organizations pass (and the database for partners the input only names), so a
    /// services batch looks up only what it has not seen: 16 bytes a partner.
    /// </summary>
    private readonly Dictionary<Guid, Guid> _partnerStates = [];

    /// <summary>Terms created before their parent (later in the input): linked by <see cref="LinkParentsAsync"/> once every term is written.</summary>
    private readonly Dictionary<Guid, Guid> _parentsToLink = [];

    private int _created;
    private int _updated;
    private int _unchanged;

    public HsdsImportReport Report(long records) => new(records, _created, _updated, _unchanged, DryRun: false);

    /// <summary>
    /// A batch's context. Automatic change detection scans every tracked entity on each SaveChanges and Entries call
    /// (about a quarter of SaveChanges in a profile of a 10,000-service import): new records are never tracked (they go
    /// to <see cref="NewEntityInserts"/>) and changes to records we already had are detected once, in
    /// <see cref="SaveAsync"/>, only when the batch has some.
    /// </summary>
    private async Task<DirectoryDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = -{PageCacheKib}", cancellationToken);
        }

        return db;
    }

    /// <summary>
    /// Saves the batch as one SaveChanges of all of it did, in three steps: the terms it created (SaveChanges before
    /// any change to records we already had is detected: new services link to them), its new records through
    /// <paramref name="created"/>, then what it changed of records we already had. The change log lists the creations
    /// before the updates, as SaveChanges does (it logs added records first).
    /// </summary>
    private static async Task SaveAsync(DirectoryDbContext db, IDbContextTransaction transaction, NewEntityInserts? created, bool changedExisting, CancellationToken cancellationToken)
    {
        // Changes to records we already had are not detected yet, so this saves the new terms alone; they are accepted
        // (marked saved) so that the last SaveChanges does not insert them again.
        await db.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        if (created is not null)
        {
            await created.SaveAsync(cancellationToken);
        }

        if (changedExisting)
        {
            db.ChangeTracker.DetectChanges();
            // The batch's context is discarded after the commit: marking these entities unchanged (a tenth of
            // SaveChanges) would be work nobody reads.
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The batch's records we already have, archived ones included, with their collections. The ids come first in one
    /// light query: a first import has none, and then the query with its joins is not run at all.
    /// </summary>
    private static async Task<Dictionary<Guid, T>> ExistingAsync<T>(
        IQueryable<T> records, Func<IQueryable<T>, IQueryable<T>> withCollections, List<Guid> ids, CancellationToken cancellationToken)
        where T : Entity
    {
        var all = records.IgnoreQueryFilters();
        var found = await all.Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        return found.Count == 0 ? [] : await withCollections(all).Where(r => found.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
    }

    public async Task OrganizationsAsync(IReadOnlyList<JsonObject> organizations, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = organizations.Select(o => o.Id("id")!.Value).ToList();
        var existing = await ExistingAsync(db.Partners, partners => partners.Include(p => p.ServiceAreas), ids, cancellationToken);
        var created = new NewEntityInserts(db);
        var changedExisting = false;
        foreach (var organization in organizations)
        {
            var id = organization.Id("id")!.Value;
            var partner = existing.GetValueOrDefault(id);
            if (Unchanged(partner, organization))
            {
                _partnerStates[id] = partner!.StateId;
                continue;
            }

            // --state places new partners; one we already have keeps its state unless its areas or address name another.
            // Guid.Empty is never used: without --state, validation refuses a new organization that names no state.
            var fallbackState = partner?.StateId ?? state?.Id ?? Guid.Empty;
            var target = partner ?? New(HsdsOrganizationMapper.New(id, organization, _provenance with { }));
            HsdsOrganizationMapper.Apply(organization, target, fallbackState, places);
            Stamp(target, organization);
            target.HsdsExtra = HsdsExtraFields.Capture(organization, HsdsOrganizationMapper.ToHsds(target, places, []));
            changedExisting |= Track(created, target, partner);
            _partnerStates[id] = target.StateId;
        }

        await SaveAsync(db, transaction, created, changedExisting, cancellationToken);
    }

    /// <summary>Top-level service_at_location records join their service's kept <c>service_at_locations</c> (we have no table for them).</summary>
    public async Task ServiceAtLocationsAsync(IReadOnlyList<JsonObject> records, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Validation made sure every record names its service (service_id or a nested service) and that it exists.
        var byService = records.Select(HsdsImportRecords.ServiceAtLocation).GroupBy(r => r.Id("service_id")!.Value).ToList();
        var ids = byService.Select(g => g.Key).ToList();
        var programs = await db.Programs.IgnoreQueryFilters().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var group in byService)
        {
            var program = programs[group.Key];
            var extra = HsdsExtraFields.Merge(program.HsdsExtra, "service_at_locations", group, ("service_id", HsdsJson.Format(group.Key)));
            if (extra == program.HsdsExtra)
            {
                _unchanged += group.Count();
                continue;
            }

            program.HsdsExtra = extra;
            program.LastModified = now;
            program.Version++;
            _updated++;
        }

        await SaveAsync(db, transaction, created: null, changedExisting: true, cancellationToken);
    }

    /// <summary>Top-level taxonomy_term records: terms we do not have yet become service types.</summary>
    public async Task TermsAsync(IReadOnlyList<JsonObject> terms, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ServiceTypesAsync(db, terms.Where(t => !HsdsTaxonomies.IsOwn(t)).ToList(), cancellationToken);
        await SaveAsync(db, transaction, created: null, changedExisting: false, cancellationToken);
    }

    public async Task ServicesAsync(IReadOnlyList<JsonObject> services, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = services.Select(s => s.Id("id")!.Value).ToList();
        var existing = await ExistingAsync(db.Programs, programs => programs.Include(p => p.ServiceAreas).Include(p => p.ServiceTypes), ids, cancellationToken);
        var terms = services.SelectMany(s => s.Objects("attributes")).Select(a => a["taxonomy_term"] as JsonObject ?? new JsonObject { ["id"] = a.Text("taxonomy_term_id") })
            .Where(t => !HsdsTaxonomies.IsOwn(t))
            .ToList();
        var types = await ServiceTypesAsync(db, terms, cancellationToken);
        var partnerIds = services.Select(PartnerId).Distinct().Where(p => !_partnerStates.ContainsKey(p)).ToList();
        if (partnerIds.Count > 0)
        {
            foreach (var (partnerId, stateId) in await db.Partners.IgnoreQueryFilters().Where(p => partnerIds.Contains(p.Id)).Select(p => new KeyValuePair<Guid, Guid>(p.Id, p.StateId)).ToListAsync(cancellationToken))
            {
                _partnerStates[partnerId] = stateId;
            }
        }

        var created = new NewEntityInserts(db);
        var changedExisting = false;
        foreach (var full in services)
        {
            var service = HsdsImportRecords.WithoutOrganization(full);
            var id = service.Id("id")!.Value;
            var program = existing.GetValueOrDefault(id);
            if (Unchanged(program, service))
            {
                continue;
            }

            var partnerId = PartnerId(full);
            var target = program ?? New(HsdsServiceMapper.New(id, service, _provenance with { }));
            var serviceTypes = HsdsTaxonomies.ServiceTypeTermIds(service).Select(t => types.GetValueOrDefault(t)).OfType<ServiceType>().ToList();
            HsdsServiceMapper.Apply(service, target, partnerId, _partnerStates.GetValueOrDefault(partnerId, state?.Id ?? Guid.Empty), places, serviceTypes);
            Stamp(target, service);
            target.HsdsExtra = HsdsExtraFields.Capture(service, HsdsServiceMapper.ToHsds(target, places));
            changedExisting |= Track(created, target, program);
        }

        await SaveAsync(db, transaction, created, changedExisting, cancellationToken);
    }

    private static Guid PartnerId(JsonObject service) =>
        service.Id("organization_id") ?? (service["organization"] as JsonObject)?.Id("id") ?? Guid.Empty;

    /// <summary>The service types for these terms by id, creating the ones we do not have (codes kept unique).</summary>
    private async Task<Dictionary<Guid, ServiceType>> ServiceTypesAsync(DirectoryDbContext db, IReadOnlyList<JsonObject> terms, CancellationToken cancellationToken)
    {
        var ids = terms.Select(t => t.Id("id")).OfType<Guid>().Concat(terms.Select(t => t.Id("parent_id")).OfType<Guid>()).Distinct().ToList();
        var types = await db.ServiceTypes.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var codes = terms.Select(t => t.Text("code")).OfType<string>().Distinct().ToList();
        var taken = (await db.ServiceTypes.Where(t => codes.Contains(t.Code)).Select(t => t.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term.Id("id") is not { } id || types.ContainsKey(id) || term.Text("name") is not { } name)
            {
                continue;
            }

            var code = term.Text("code") is { } c && taken.Add(c) ? c : $"hsds/{id}";
            var parent = term.Id("parent_id") is { } parentId ? types.GetValueOrDefault(parentId) : null;
            if (parent is null && term.Id("parent_id") is { } later)
            {
                _parentsToLink[id] = later;
            }

            var type = new ServiceType
            {
                Id = id,
                Code = code,
                Name = name,
                Description = term.Text("description"),
                ParentId = parent?.Id,
                Path = [.. parent?.Path ?? [], code],
                Taxonomy = term.Text("taxonomy") ?? (term["taxonomy_detail"] as JsonObject)?.Text("name") ?? "hsds",
            };
            db.ServiceTypes.Add(type);
            types[id] = type;
            _created++;
        }

        return types;
    }

    /// <summary>
    /// Links the terms created before their parent to it, and gives every term below them its full path. A parent that
    /// is nowhere was reported as a warning by validation; such a term stays without one.
    /// </summary>
    public async Task LinkParentsAsync(CancellationToken cancellationToken)
    {
        if (_parentsToLink.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Validation refused parent cycles, so each walk below ends; the table is terms, a few thousand at most.
        var all = await db.ServiceTypes.ToDictionaryAsync(t => t.Id, cancellationToken);
        var linked = _parentsToLink.Where(p => all.ContainsKey(p.Key) && all.ContainsKey(p.Value)).ToList();
        foreach (var (child, parent) in linked)
        {
            all[child].ParentId = parent;
        }

        var below = all.Values.Where(t => linked.Any(l => IsUnder(t, l.Key, all))).ToList();
        foreach (var type in below)
        {
            type.Path = PathOf(type, all);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <remarks>Walks at most as many steps as there are terms, so a cycle written some other way cannot hang an import.</remarks>
    private static bool IsUnder(ServiceType type, Guid ancestor, Dictionary<Guid, ServiceType> all)
    {
        var current = type;
        for (var steps = 0; current is not null && steps <= all.Count; steps++, current = current.ParentId is { } p ? all.GetValueOrDefault(p) : null)
        {
            if (current.Id == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> PathOf(ServiceType type, Dictionary<Guid, ServiceType> all)
    {
        var path = new List<string>();
        var current = type;
        for (var steps = 0; current is not null && steps <= all.Count; steps++, current = current.ParentId is { } p ? all.GetValueOrDefault(p) : null)
        {
            path.Insert(0, current.Code);
        }

        return path;
    }

    private bool Unchanged(Entity? entity, JsonObject record)
    {
        if (entity is not null && entity.ContentHash == Hash(record))
        {
            _unchanged++;
            return true;
        }

        return false;
    }

    private T New<T>(T entity)
        where T : Entity
    {
        entity.CreatedAt = now;
        entity.Version = 0;
        _created++;
        _updated--;
        return entity;
    }

    /// <summary>Queues a new record for insertion; returns whether it was one we already had (tracked, its changes still to detect).</summary>
    private static bool Track(NewEntityInserts created, Entity target, Entity? existing)
    {
        if (existing is null)
        {
            created.Add(target);
        }

        return existing is not null;
    }

    private void Stamp(Entity entity, JsonObject record)
    {
        // Owned JSON values must not be shared between entities: each gets its own copy.
        entity.Provenance = _provenance with { };
        entity.LastModified = now;
        entity.ContentHash = Hash(record);
        entity.Version++;
        _updated++;
    }

    /// <summary>
    /// Content hash of an imported record: the record alone. <c>--state</c> is not part of it, because it never changes
    /// a record we already have (a partner keeps its state, a program takes its areas' or its partner's), so a rerun
    /// with or without it finds the same records unchanged. The empty field between the colons once held the option's
    /// code; it stays so that hashes stored by imports without <c>--state</c> still match.
    /// </summary>
    private static string Hash(JsonObject record) => $"hsds::{HsdsJson.Hash(record)}";
}
