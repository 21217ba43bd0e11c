using CareDirectory.Data;
using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.ChangeFeed;

/// <summary>
/// Reads where the records of a batch of change-log entries show up: one query per record type in the batch, whatever
/// the number of subscribers (the hub resolves each batch once and every subscriber filters in memory). Archived
/// records are read too: their archiving is a change their county's subscribers must see.
/// </summary>
public sealed class RecordReachReader(IDbContextFactory<DirectoryDbContext> contexts)
{
    public async Task<IReadOnlyList<RecordChange>> ReadAsync(IReadOnlyList<ChangeLogEntry> entries, CancellationToken cancellationToken)
    {
        var reach = new Dictionary<(string, Guid), RecordReach>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var group in entries.GroupBy(e => e.EntityType))
        {
            var ids = group.Select(e => e.EntityId).Distinct().ToList();
            var found = group.Key switch
            {
                "State" => ids.ToDictionary(id => id, id => Whole(id)),
                "County" => await db.Counties.AsNoTracking().Where(c => ids.Contains(c.Id))
                    .ToDictionaryAsync(c => c.Id, c => Placed(c.StateId, c.Id), cancellationToken),
                "Partner" => await db.Partners.AsNoTracking().Where(p => ids.Contains(p.Id)).Include(p => p.ServiceAreas)
                    .ToDictionaryAsync(p => p.Id, p => Areas(p.StateId, p.ServiceAreas), cancellationToken),
                "Program" => await db.Programs.AsNoTracking().Where(p => ids.Contains(p.Id)).Include(p => p.ServiceAreas)
                    .ToDictionaryAsync(p => p.Id, p => Areas(p.StateId, p.ServiceAreas), cancellationToken),
                "Meeting" => await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id))
                    .ToDictionaryAsync(m => m.Id, m => Placed(m.StateId, m.CountyId), cancellationToken),
                "EducatorResource" => await db.EducatorResources.AsNoTracking().Where(r => ids.Contains(r.Id))
                    .ToDictionaryAsync(r => r.Id, r => Placed(r.StateId, r.CountyId), cancellationToken),
                _ => [],
            };
            foreach (var (id, where) in found)
            {
                reach[(group.Key, id)] = where;
            }
        }

        return [.. entries.Select(e => new RecordChange(e, reach.GetValueOrDefault((e.EntityType, e.EntityId), RecordReach.Nowhere)))];
    }

    /// <summary>A state record: its access line shows on every county page of the state.</summary>
    private static RecordReach Whole(Guid stateId) => new(new HashSet<Guid> { stateId }, new HashSet<Guid> { stateId }, new HashSet<Guid>());

    /// <summary>A county, or a meeting or resource: in its county, or statewide when it names none.</summary>
    private static RecordReach Placed(Guid stateId, Guid? countyId) => countyId is { } county
        ? new(new HashSet<Guid> { stateId }, new HashSet<Guid>(), new HashSet<Guid> { county })
        : Whole(stateId);

    /// <summary>A partner or program: the counties its service areas name and the states it serves as a whole (as CountyScope reads them).</summary>
    private static RecordReach Areas(Guid stateId, IEnumerable<ServiceArea> areas)
    {
        var list = areas.ToList();
        return new(
            list.Select(a => a.StateId).Append(stateId).ToHashSet(),
            list.Where(a => a.Kind == ServiceAreaKind.State).Select(a => a.StateId).ToHashSet(),
            list.Where(a => a.CountyId is not null).Select(a => a.CountyId!.Value).ToHashSet());
    }
}
