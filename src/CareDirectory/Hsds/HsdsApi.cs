using System.Text.Json.Nodes;
using CareDirectory.Data;
using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Hsds;

/// <summary>
/// A read-only REST view following the HSDS 3.0 and 3.1 OpenAPI documents (schema/openapi.json of the specification),
/// so HSDS tools (validators, 211 systems) can read the directory without GraphQL. One view serves both: 3.1's
/// document names the same response schemas as 3.0's (3.1 only added optional fields), and adds POST for the lists
/// (parameters in the query, as it declares them) and the taxonomy filters on organizations. Lists use HSDS's page
/// envelope; unknown ids are a 404 and bad parameters a 400, both as JSON. Archived records are left out, as from every
/// public query (exports keep them).
/// </summary>
public static class HsdsApi
{
    public static IEndpointRouteBuilder MapHsdsApi(this IEndpointRouteBuilder app)
    {
        var hsds = app.MapGroup("/hsds");
        hsds.MapGet("/", () => Results.Json(new JsonObject
        {
            ["version"] = "3.0",
            ["profile"] = "https://docs.openreferral.org/en/v3.0/",
            ["openapi_url"] = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
        }));
        string[] list = [HttpMethods.Get, HttpMethods.Post];
        hsds.MapMethods("/services", list, ServicesAsync);
        hsds.MapGet("/services/{id}", ServiceAsync);
        hsds.MapMethods("/organizations", list, OrganizationsAsync);
        hsds.MapGet("/organizations/{id}", OrganizationAsync);
        hsds.MapMethods("/service_at_locations", list, ServiceAtLocationsAsync);
        hsds.MapMethods("/taxonomies", list, TaxonomiesAsync);
        hsds.MapGet("/taxonomies/{id}", TaxonomyAsync);
        hsds.MapMethods("/taxonomy_terms", list, TaxonomyTermsAsync);
        hsds.MapGet("/taxonomy_terms/{id}", TaxonomyTermAsync);
        return app;
    }

    private static Task<IResult> ServicesAsync(HttpRequest request, HsdsDirectory directory, CancellationToken cancellationToken) =>
        ListAsync(request, directory, async (db, query) =>
        {
            var places = await HsdsPlaces.LoadAsync(db, cancellationToken);
            var programs = Matching(db.Programs.AsNoTracking(), query.Search);

            if (query.TaxonomyTermId is { } termId)
            {
                programs = programs.Where(p => p.ServiceTypes.Any(t => t.Id == termId));
            }

            if (query.TaxonomyId is { } taxonomyId)
            {
                var name = await TaxonomyNameAsync(db, taxonomyId, cancellationToken);
                programs = programs.Where(p => p.ServiceTypes.Any(t => t.Taxonomy == name));
            }

            if (query.OrganizationId is { } organizationId)
            {
                programs = programs.Where(p => p.PartnerId == organizationId);
            }

            if (query.ModifiedAfter is { } after)
            {
                // Runs in SQL on both providers: the SQLite context stores instants as sortable UTC ticks.
                var since = after.ToUniversalTime();
                programs = programs.Where(p => p.LastModified >= since);
            }

            var total = await programs.LongCountAsync(cancellationToken);
            var page = await programs.Include(p => p.ServiceAreas).Include(p => p.ServiceTypes)
                .OrderBy(p => p.Name).ThenBy(p => p.Id)
                .Skip(query.Skip).Take(query.PerPage).ToListAsync(cancellationToken);
            // minimal: the OpenAPI says "just id and modified_date", but its response schema (service_list) requires
            // name and status too, so those are included and a minimal page still validates.
            IEnumerable<JsonNode> contents = query.Minimal
                ? page.Select(p => new JsonObject { ["id"] = HsdsJson.Format(p.Id), ["name"] = p.Name, ["status"] = HsdsServiceMapper.Status(p.Status), ["last_modified"] = HsdsJson.Format(p.LastModified) })
                : page.Select(p => HsdsDirectory.Service(p, places));
            return Results.Json(HsdsPage.Create(total, query, contents));
        }, cancellationToken);

    private static async Task<IResult> ServiceAsync(string id, HsdsDirectory directory, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var serviceId))
        {
            return BadRequest("id must be a UUID");
        }

        await using var db = await directory.OpenAsync(cancellationToken);
        var program = await db.Programs.AsNoTracking().Include(p => p.ServiceAreas).Include(p => p.ServiceTypes).FirstOrDefaultAsync(p => p.Id == serviceId, cancellationToken);
        if (program is null)
        {
            return NotFound($"no service {serviceId}");
        }

        var places = await HsdsPlaces.LoadAsync(db, cancellationToken);
        return Results.Json((await HsdsDirectory.ServicesAsync(db, places, [program], cancellationToken))[0]);
    }

    private static Task<IResult> OrganizationsAsync(HttpRequest request, HsdsDirectory directory, CancellationToken cancellationToken) =>
        ListAsync(request, directory, async (db, query) =>
        {
            var places = await HsdsPlaces.LoadAsync(db, cancellationToken);
            var partners = Matching(db.Partners.AsNoTracking(), query.Search);
            // 3.1's taxonomy filters: organizations running a service with the term, or with a term of the taxonomy.
            if (query.TaxonomyTermId is { } termId)
            {
                partners = partners.Where(p => db.Programs.Any(g => g.PartnerId == p.Id && g.ServiceTypes.Any(t => t.Id == termId)));
            }

            if (query.TaxonomyId is { } taxonomyId)
            {
                var name = await TaxonomyNameAsync(db, taxonomyId, cancellationToken);
                partners = partners.Where(p => db.Programs.Any(g => g.PartnerId == p.Id && g.ServiceTypes.Any(t => t.Taxonomy == name)));
            }

            var total = await partners.LongCountAsync(cancellationToken);
            var page = await partners.Include(p => p.ServiceAreas).OrderBy(p => p.Name).ThenBy(p => p.Id)
                .Skip(query.Skip).Take(query.PerPage).ToListAsync(cancellationToken);
            return Results.Json(HsdsPage.Create(total, query, await HsdsDirectory.OrganizationsAsync(db, places, page, cancellationToken)));
        }, cancellationToken);

    private static async Task<IResult> OrganizationAsync(string id, HsdsDirectory directory, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var organizationId))
        {
            return BadRequest("id must be a UUID");
        }

        await using var db = await directory.OpenAsync(cancellationToken);
        var partner = await db.Partners.AsNoTracking().Include(p => p.ServiceAreas).FirstOrDefaultAsync(p => p.Id == organizationId, cancellationToken);
        if (partner is null)
        {
            return NotFound($"no organization {organizationId}");
        }

        var places = await HsdsPlaces.LoadAsync(db, cancellationToken);
        var organization = (await HsdsDirectory.OrganizationsAsync(db, places, [partner], cancellationToken))[0];
        var programs = await db.Programs.AsNoTracking().Include(p => p.ServiceAreas).Include(p => p.ServiceTypes)
            .Where(p => p.PartnerId == organizationId).OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        organization["services"] = new JsonArray([.. programs.Select(p => HsdsDirectory.Service(p, places))]);
        return Results.Json(organization);
    }

    private static Task<IResult> ServiceAtLocationsAsync(HttpRequest request, HsdsDirectory directory, CancellationToken cancellationToken) =>
        ListAsync(request, directory, async (db, query) =>
        {
            // Service-at-location records live in the services they belong to (kept from imports), so they are collected here.
            var places = await HsdsPlaces.LoadAsync(db, cancellationToken);
            var programs = await db.Programs.AsNoTracking().Where(p => p.HsdsExtra != null && p.HsdsExtra.Contains("service_at_locations"))
                .Include(p => p.ServiceAreas).Include(p => p.ServiceTypes).OrderBy(p => p.Id).ToListAsync(cancellationToken);
            var all = programs.SelectMany(p => HsdsDirectory.ServiceAtLocations(HsdsDirectory.Service(p, places))).ToList();
            return Results.Json(HsdsPage.Create(all.Count, query, all.Skip(query.Skip).Take(query.PerPage)));
        }, cancellationToken);

    private static Task<IResult> TaxonomiesAsync(HttpRequest request, HsdsDirectory directory, CancellationToken cancellationToken) =>
        ListAsync(request, directory, async (db, query) =>
        {
            var names = await TaxonomyNamesAsync(db, cancellationToken);
            return Results.Json(HsdsPage.Create(names.Count, query, names.Select(Taxonomy).Skip(query.Skip).Take(query.PerPage)));
        }, cancellationToken);

    private static async Task<IResult> TaxonomyAsync(string id, HsdsDirectory directory, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var taxonomyId))
        {
            return BadRequest("id must be a UUID");
        }

        await using var db = await directory.OpenAsync(cancellationToken);
        return await TaxonomyNameAsync(db, taxonomyId, cancellationToken) is { } name ? Results.Json(Taxonomy(name)) : NotFound($"no taxonomy {taxonomyId}");
    }

    /// <summary>A taxonomy as HSDS has it; ours are names of service types' taxonomies, with an id derived from the name.</summary>
    private static JsonNode Taxonomy(string name) => new JsonObject
    {
        ["id"] = HsdsJson.Format(HsdsTaxonomies.TaxonomyId(name)),
        ["name"] = name,
        ["description"] = name == "caredirectory" ? "CareDirectory service types" : $"Terms imported from the '{name}' taxonomy",
    };

    private static async Task<IResult> TaxonomyTermAsync(string id, HsdsDirectory directory, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var termId))
        {
            return BadRequest("id must be a UUID");
        }

        await using var db = await directory.OpenAsync(cancellationToken);
        var type = await db.ServiceTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == termId, cancellationToken);
        return type is null ? NotFound($"no taxonomy term {termId}") : Results.Json(HsdsTaxonomies.ServiceTypeTerm(type));
    }

    private static Task<IResult> TaxonomyTermsAsync(HttpRequest request, HsdsDirectory directory, CancellationToken cancellationToken) =>
        ListAsync(request, directory, async (db, query) =>
        {
            var terms = db.ServiceTypes.AsNoTracking();
            if (query.Search is { } search)
            {
                var pattern = Like(search);
                terms = terms.Where(t => EF.Functions.Like(t.Name, pattern, "\\") || EF.Functions.Like(t.Code, pattern, "\\"));
            }

            if (query.TaxonomyId is { } taxonomyId)
            {
                var name = await TaxonomyNameAsync(db, taxonomyId, cancellationToken);
                terms = terms.Where(t => t.Taxonomy == name);
            }

            var total = await terms.LongCountAsync(cancellationToken);
            var page = await terms.OrderBy(t => t.Code).ThenBy(t => t.Id).Skip(query.Skip).Take(query.PerPage).ToListAsync(cancellationToken);
            return Results.Json(HsdsPage.Create(total, query, page.Select(HsdsTaxonomies.ServiceTypeTerm)));
        }, cancellationToken);

    /// <summary>A list endpoint: its query parameters checked (400 names the bad one), then the list read from one context.</summary>
    private static async Task<IResult> ListAsync(HttpRequest request, HsdsDirectory directory, Func<DirectoryDbContext, HsdsListQuery, Task<IResult>> list, CancellationToken cancellationToken)
    {
        var (query, error) = HsdsListQuery.Parse(request.Query);
        if (query is null)
        {
            return BadRequest(error!);
        }

        await using var db = await directory.OpenAsync(cancellationToken);
        return await list(db, query);
    }

    /// <summary>Partners or programs whose name or description contains <paramref name="search"/>, ignoring case; all when it is null.</summary>
    private static IQueryable<T> Matching<T>(IQueryable<T> records, string? search)
        where T : class, IListing
    {
        if (search is null)
        {
            return records;
        }

        var pattern = Like(search);
        return records.Where(r => EF.Functions.Like(r.Name, pattern, "\\") || EF.Functions.Like(r.Description!, pattern, "\\"));
    }

    private static Task<List<string>> TaxonomyNamesAsync(DirectoryDbContext db, CancellationToken cancellationToken) =>
        db.ServiceTypes.Select(t => t.Taxonomy).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);

    /// <summary>The taxonomy whose HSDS id is <paramref name="taxonomyId"/> (derived from its name), or null for none.</summary>
    private static async Task<string?> TaxonomyNameAsync(DirectoryDbContext db, Guid taxonomyId, CancellationToken cancellationToken) =>
        (await TaxonomyNamesAsync(db, cancellationToken)).FirstOrDefault(t => HsdsTaxonomies.TaxonomyId(t) == taxonomyId);

    private static string Like(string search) =>
        $"%{search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";

    private static IResult BadRequest(string message) => Results.Json(new JsonObject { ["error"] = "bad_request", ["message"] = message }, statusCode: StatusCodes.Status400BadRequest);

    private static IResult NotFound(string message) => Results.Json(new JsonObject { ["error"] = "not_found", ["message"] = message }, statusCode: StatusCodes.Status404NotFound);
}
