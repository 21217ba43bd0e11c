using CareDirectory.GraphQL.Caching;
using CareDirectory.Coverage;
using CareDirectory.Domain;
using CareDirectory.GraphQL.DataLoaders;
using CareDirectory.GraphQL.EducatorResources;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Meetings;
using CareDirectory.GraphQL.Nodes;
using CareDirectory.GraphQL.Partners;
using CareDirectory.GraphQL.Programs;
using CareDirectory.GraphQL.Relay;
using CareDirectory.GraphQL.States;
using CareDirectory.Scoping;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.GraphQL.Counties;

/// <summary>A county: everything a county page needs, statewide partners and records included.</summary>
public sealed class CountyType : ObjectGraphType<County>
{
    public CountyType()
    {
        Name = "County";
        Description = "A county. Its lists include statewide partners, programs, meetings and resources of its state; tell them apart with `scope`.";
        this.ImplementNode("County");
        Field<NonNullGraphType<StringGraphType>>("name").Description("County name, e.g. Bergen.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("slug").Description("URL slug, unique in its state, e.g. bergen.").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("fips").Description("Five-digit Census FIPS code, e.g. 34003.").Resolve(c => c.Source.Fips);
        Field<NonNullGraphType<StateType>>("state").Description("The county's state.").Resolve(c => ConnectionQueries.ById<State>(c, c.Source.StateId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccessPointType>>>>("accessPoints")
            .Description("The state's access points (phone lines), repeated here so a county page needs one request.")
            .Resolve(c => ConnectionQueries.ById<State>(c, c.Source.StateId).Then(s => s?.AccessPoints ?? []));

        Field<NonNullGraphType<ConnectionType<PartnerType>>>("partners")
            .Description("Partners serving the county: its own and statewide ones.")
            .Arguments(ListRequest<Partner>.Arguments<PartnerFilterInputType, PartnerSortInputType>(
                new QueryArgument<Common.PartnerRoleType> { Name = "role", Description = "Only partners with this role." }))
            .Resolve(c =>
            {
                var role = c.GetArgument<PartnerRole?>("role");
                return ConnectionQueries.Grouped(c, $"county.partners:{role}", CountyKey.Of(c.Source), PartnerListing.Definition,
                    (db, keys) => role is { } r
                        ? db.Partners.Where(CountyScope.PartnersServing(db.Partners, keys)).Where(p => p.Roles.Contains(r))
                        : db.Partners.Where(CountyScope.PartnersServing(db.Partners, keys)),
                    (partner, keys) => keys.Where(k => k.CoveredBy(partner.ServiceAreas)));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleCoverageType>>>>("coverage")
            .Description("Each county role of the system of care (mobile response, care management, family support, interagency council) with the county's own partners in it; a role with `present: false` is a gap in our sources.")
            .Resolve(c => LocalPartners(c).Load(c.Source.Id).Then(partners => CountyCoverage.Of(c.Source.Id, partners)));

        Field<NonNullGraphType<ConnectionType<ProgramType>>>("programs")
            .Description("Programs serving the county: its own and statewide ones.")
            .Arguments(ListRequest<CareProgram>.Arguments<ProgramFilterInputType, ProgramSortInputType>())
            .Resolve(c => ConnectionQueries.Grouped(c, "county.programs", CountyKey.Of(c.Source), ProgramListing.Definition,
                (db, keys) => db.Programs.Where(CountyScope.ProgramsServing(db.Programs, keys)),
                (program, keys) => keys.Where(k => k.CoveredBy(program.ServiceAreas))));

        Field<NonNullGraphType<ConnectionType<MeetingType>>>("meetings")
            .Description("Meetings in the county and statewide meetings of its state (e.g. educator town halls).")
            .Arguments(ListRequest<Meeting>.Arguments<MeetingFilterInputType, MeetingSortInputType>())
            .Resolve(c => PlacedIn(c, "county.meetings", MeetingListing.Definition));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingOccurrenceType>>>>("upcomingMeetings")
            .Description("The next dated meeting occurrences in the county and statewide, soonest first. Meetings whose organiser publishes no times are not here; list them with `meetings`.")
            .CacheMaxAge(MeetingOccurrenceFields.CacheSeconds)
            .Arguments(
                MeetingOccurrenceFields.From,
                new QueryArgument<IntGraphType> { Name = "days", Description = "Window length in days (default 90; capped by Meetings:MaxWindowDays)." },
                new QueryArgument<Common.AudienceType> { Name = "audience", Description = "Only meetings for this audience." },
                MeetingOccurrenceFields.First)
            .Resolve(c =>
            {
                var from = MeetingOccurrenceFields.FromArgument(c);
                var days = c.GetArgument<int?>("days") ?? MeetingOccurrenceFields.DefaultDays;
                var audience = c.GetArgument<Audience?>("audience");
                var first = Math.Min(MeetingOccurrenceFields.FirstArgument(c) ?? PagingArguments.DefaultPageSize, ListRequest<Meeting>.From(c, MeetingListing.Definition).MaxPageSize);
                if (days < 0)
                {
                    throw DirectoryErrors.Error(DirectoryErrors.InvalidArgument, "`days` must not be negative.");
                }

                var meetings = PlacedIn(c, "county.upcomingMeetings", MeetingListing.Definition, unpaged: true);
                var state = ConnectionQueries.ById<State>(c, c.Source.StateId);
                return meetings.Then(page => state.Then(s => page.Nodes.Cast<Meeting>()
                    .Where(m => audience is null || m.Audiences.Contains(audience.Value))
                    .SelectMany(m => MeetingOccurrenceFields.Expand(c, m, s, from, MeetingOccurrenceFields.WindowEnd(from, null, days), first))
                    .OrderBy(o => o.Start).ThenBy(o => o.Meeting.Title, StringComparer.Ordinal)
                    .Take(first)
                    .ToList()));
            });

        Field<NonNullGraphType<ConnectionType<EducatorResourceType>>>("educatorResources")
            .Description("Educator resources of the county and statewide ones of its state.")
            .Arguments(ListRequest<EducatorResource>.Arguments<EducatorResourceFilterInputType, EducatorResourceSortInputType>())
            .Resolve(c => PlacedIn(c, "county.educatorResources", EducatorResourceListing.Definition));
    }

    /// <summary>The local partners of every county at this level, in one query (statewide partners are not local).</summary>
    private static BatchLoader<Guid, IReadOnlyList<Partner>> LocalPartners(IResolveFieldContext context)
    {
        return RequestLoaders.Of(context).Get<Guid, IReadOnlyList<Partner>>(
            "county.localPartners",
            static async (contexts, ids, cancellationToken) =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var partners = await db.Partners.AsNoTracking().Where(CountyScope.PartnersLocalTo(db.Partners, ids)).ToListAsync(cancellationToken);
                return ids.ToDictionary(id => id, id => (IReadOnlyList<Partner>)partners.Where(p => CountyCoverage.IsLocalTo(p, id)).ToList());
            },
            []);
    }

    /// <summary>The county's meetings or educator resources and the statewide ones of its state, batched per level.</summary>
    private static IDataLoaderResult<Connection> PlacedIn<T>(IResolveFieldContext<County> context, string name, EntityListing<T> listing, bool unpaged = false)
        where T : class, ICountyRecord =>
        ConnectionQueries.Grouped(context, name, CountyKey.Of(context.Source), listing,
            (db, keys) => db.Set<T>().Where(CountyScope.PlacedIn<T>(keys)),
            (record, keys) => CountyScope.KeysFor(record, keys),
            unpaged);
}
