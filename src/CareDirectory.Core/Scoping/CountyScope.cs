using System.Linq.Expressions;
using CareDirectory.Domain;

namespace CareDirectory.Scoping;

/// <summary>
/// The one definition of "what serves these counties": records of the county itself plus the statewide records of its
/// state. GraphQL county pages and lists, the iCalendar feeds and every other county-scoped read build their queries
/// from these conditions, so a county page and its calendar feed can never disagree.
/// </summary>
public static class CountyScope
{
    // "Id IN (ids from the service-area table)" rather than "EXISTS (a service area of this row)": SQLite runs the
    // EXISTS form once per partner (a full scan, 165 ms per county page at medium scale), the IN form from the
    // service-area indexes on CountyId and (Kind, StateId) (bench/run; bench/results/).
    //
    // The id lists hold non-nullable Guids and are compared with the nullable CountyId column's value (a row without a
    // county never matches in a filter anyway). A list of Guid? would make EF Core inspect its values for nulls on
    // every run, and a query whose SQL depends on parameter values is left out of EF Core's SQL cache: every county
    // page would rebuild the SQL of its count and page queries (about 8% of the CPU, and lock contention, at national
    // scale; bench/results/2026-12-07.md).

    /// <summary>Partners with a service area in one of the counties, or a statewide area of one of their states.</summary>
    /// <param name="partners">The partners table to draw the service areas from (the same query root as the list).</param>
    public static Expression<Func<Partner, bool>> PartnersServing(IQueryable<Partner> partners, IReadOnlyCollection<CountyKey> keys)
    {
        var (counties, states) = Ids(keys);
        var serving = partners.SelectMany(p => p.ServiceAreas, (p, a) => new { p.Id, Area = a })
            .Where(x => counties.Contains(x.Area.CountyId!.Value) || (x.Area.Kind == ServiceAreaKind.State && states.Contains(x.Area.StateId)))
            .Select(x => x.Id);
        return p => serving.Contains(p.Id);
    }

    /// <summary>Partners whose own service areas name one of the counties (statewide partners excluded): the local partners.</summary>
    public static Expression<Func<Partner, bool>> PartnersLocalTo(IQueryable<Partner> partners, IReadOnlyCollection<Guid> countyIds)
    {
        var ids = countyIds.ToList();
        var local = partners.SelectMany(p => p.ServiceAreas, (p, a) => new { p.Id, Area = a })
            .Where(x => x.Area.Kind == ServiceAreaKind.County && ids.Contains(x.Area.CountyId!.Value))
            .Select(x => x.Id);
        return p => local.Contains(p.Id);
    }

    /// <summary>Programs with a service area in one of the counties, or a statewide area of one of their states.</summary>
    public static Expression<Func<CareProgram, bool>> ProgramsServing(IQueryable<CareProgram> programs, IReadOnlyCollection<CountyKey> keys)
    {
        var (counties, states) = Ids(keys);
        var serving = programs.SelectMany(p => p.ServiceAreas, (p, a) => new { p.Id, Area = a })
            .Where(x => counties.Contains(x.Area.CountyId!.Value) || (x.Area.Kind == ServiceAreaKind.State && states.Contains(x.Area.StateId)))
            .Select(x => x.Id);
        return p => serving.Contains(p.Id);
    }

    /// <summary>Meetings or educator resources of these counties plus the statewide ones (no county) of their states.</summary>
    public static Expression<Func<T, bool>> PlacedIn<T>(IReadOnlyCollection<CountyKey> keys)
        where T : ICountyRecord
    {
        var (counties, states) = Ids(keys);
        return r => counties.Contains(r.CountyId!.Value) || (r.CountyId == null && states.Contains(r.StateId));
    }

    /// <summary>The keys a record belongs to: its county's, or every key of its state when it is statewide.</summary>
    public static IEnumerable<CountyKey> KeysFor(ICountyRecord record, IReadOnlyCollection<CountyKey> keys) =>
        keys.Where(k => record.CountyId is null ? k.StateId == record.StateId : k.CountyId == record.CountyId);

    private static (List<Guid> Counties, List<Guid> States) Ids(IReadOnlyCollection<CountyKey> keys) =>
        (keys.Select(k => k.CountyId).ToList(), keys.Select(k => k.StateId).Distinct().ToList());
}
