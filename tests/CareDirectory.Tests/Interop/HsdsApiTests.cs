using System.Net;
using System.Text.Json.Nodes;
using CareDirectory.Hsds;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Tests.Interop;

/// <summary>The read-only HSDS REST view over real HTTP against the seeded application.</summary>
public sealed class HsdsApiTests : IClassFixture<DirectoryAppFactory>
{
    private readonly DirectoryAppFactory _app;
    private readonly HttpClient _client;

    public HsdsApiTests(DirectoryAppFactory app)
    {
        _app = app;
        _client = app.CreateClient();
    }

    [Fact]
    public async Task AboutNamesTheHsdsVersion()
    {
        var about = await GetAsync("/hsds/");

        Assert.Equal("3.0", about["version"]!.GetValue<string>());
        Assert.StartsWith("https://", about["openapi_url"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServicesArePagedInTheHsdsEnvelope()
    {
        await using var db = _app.CreateDbContext();
        var total = await db.Programs.CountAsync();

        var first = await GetAsync("/hsds/services?per_page=2");
        var last = await GetAsync($"/hsds/services?per_page=2&page={(total + 1) / 2}");

        Assert.Equal(total, first["total_items"]!.GetValue<int>());
        Assert.Equal((total + 1) / 2, first["total_pages"]!.GetValue<int>());
        Assert.Equal((1, 2, true, false, false), (first["page_number"]!.GetValue<int>(), first["size"]!.GetValue<int>(), first["first_page"]!.GetValue<bool>(), first["last_page"]!.GetValue<bool>(), first["empty"]!.GetValue<bool>()));
        Assert.True(last["last_page"]!.GetValue<bool>());
        var names = (await GetAsync("/hsds/services?per_page=100"))["contents"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        foreach (var service in first["contents"]!.AsArray())
        {
            Assert.Empty(HsdsFixtures.Schemas.Validate("service", service!, "/hsds/services", 1));
        }
    }

    [Fact]
    public async Task AnEmptyPageSaysSo()
    {
        var page = await GetAsync("/hsds/services?page=999");

        Assert.True(page["empty"]!.GetValue<bool>());
        Assert.Empty(page["contents"]!.AsArray());
    }

    [Fact]
    public async Task ServicesFilterBySearchOrganizationTermAndModifiedDate()
    {
        await using var db = _app.CreateDbContext();
        var mrss = await db.Programs.Include(p => p.ServiceTypes).SingleAsync(p => p.Key == "nj/bergen/mrss");

        var search = await GetAsync("/hsds/services?search=mobile%20response");
        var byOrganization = await GetAsync($"/hsds/services?organization_id={mrss.PartnerId}");
        var byTerm = await GetAsync($"/hsds/services?taxonomy_term_id={mrss.ServiceTypes[0].Id}");
        var future = await GetAsync("/hsds/services?modified_after=2999-01-01T00:00:00Z");
        var minimal = await GetAsync("/hsds/services?minimal=true&per_page=1");

        Assert.Contains(mrss.Id.ToString(), Ids(search));
        Assert.All(byOrganization["contents"]!.AsArray(), s => Assert.Equal(mrss.PartnerId.ToString(), s!["organization_id"]!.GetValue<string>()));
        Assert.Contains(mrss.Id.ToString(), Ids(byTerm));
        Assert.Equal(0, future["total_items"]!.GetValue<int>());
        Assert.Equal(["id", "name", "status", "last_modified"], minimal["contents"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task OrganizationsFilterByTheTermsAndTaxonomiesOfTheirServicesAndPostListsAsGetDoes()
    {
        await using var db = _app.CreateDbContext();
        var mrss = await db.Programs.Include(p => p.ServiceTypes).SingleAsync(p => p.Key == "nj/bergen/mrss");
        var term = mrss.ServiceTypes[0];
        var withTerm = await db.Partners.Where(p => db.Programs.Any(g => g.PartnerId == p.Id && g.ServiceTypes.Any(t => t.Id == term.Id))).Select(p => p.Id).ToListAsync();
        var url = $"/hsds/organizations?taxonomy_term_id={term.Id}&per_page=100";

        var byTerm = await GetAsync(url);
        var posted = await _client.PostAsync(new Uri(url, UriKind.Relative), null);
        var byTaxonomy = await GetAsync($"/hsds/organizations?taxonomy_id={HsdsTaxonomies.TaxonomyId(term.Taxonomy)}&per_page=1");
        var byUnknownTaxonomy = await GetAsync($"/hsds/organizations?taxonomy_id={Guid.NewGuid()}");

        Assert.Contains(mrss.PartnerId.ToString(), Ids(byTerm));
        Assert.Equal(withTerm.Select(id => id.ToString()).Order(StringComparer.Ordinal), Ids(byTerm).Order(StringComparer.Ordinal));
        Assert.True(withTerm.Count < await db.Partners.CountAsync(), "the term must leave some organizations out for this test to mean anything");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(byTerm.ToJsonString(), JsonNode.Parse(await posted.Content.ReadAsStringAsync())!.ToJsonString());
        Assert.True(byTaxonomy["total_items"]!.GetValue<int>() >= withTerm.Count);
        Assert.Equal(0, byUnknownTaxonomy["total_items"]!.GetValue<int>());
    }

    [Fact]
    public async Task OneTaxonomyAndOneTermAreServedById()
    {
        var taxonomy = (await GetAsync("/hsds/taxonomies"))["contents"]![0]!;
        var term = (await GetAsync("/hsds/taxonomy_terms"))["contents"]![0]!;

        Assert.Equal(taxonomy.ToJsonString(), (await GetAsync($"/hsds/taxonomies/{taxonomy["id"]}")).ToJsonString());
        Assert.Equal(term.ToJsonString(), (await GetAsync($"/hsds/taxonomy_terms/{term["id"]}")).ToJsonString());
    }

    [Fact]
    public async Task OneServiceAndOneOrganizationAreFullRecords()
    {
        await using var db = _app.CreateDbContext();
        var mrss = await db.Programs.SingleAsync(p => p.Key == "nj/bergen/mrss");

        var service = await GetAsync($"/hsds/services/{mrss.Id}");
        var organization = await GetAsync($"/hsds/organizations/{mrss.PartnerId}");

        Assert.Equal(mrss.PartnerId.ToString(), service["organization"]!["id"]!.GetValue<string>());
        Assert.Empty(HsdsFixtures.Schemas.Validate("service", service, "service", 1));
        Assert.Empty(HsdsFixtures.Schemas.Validate("organization", organization, "organization", 1));
        Assert.Contains(mrss.Id.ToString(), organization["services"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/hsds/services/00000000-0000-4000-8000-000000000000", HttpStatusCode.NotFound, "not_found")]
    [InlineData("/hsds/organizations/00000000-0000-4000-8000-000000000000", HttpStatusCode.NotFound, "not_found")]
    [InlineData("/hsds/services/not-a-uuid", HttpStatusCode.BadRequest, "id must be a UUID")]
    [InlineData("/hsds/taxonomies/00000000-0000-4000-8000-000000000000", HttpStatusCode.NotFound, "not_found")]
    [InlineData("/hsds/taxonomy_terms/00000000-0000-4000-8000-000000000000", HttpStatusCode.NotFound, "not_found")]
    [InlineData("/hsds/taxonomy_terms/not-a-uuid", HttpStatusCode.BadRequest, "id must be a UUID")]
    [InlineData("/hsds/services?per_page=101", HttpStatusCode.BadRequest, "per_page must be an integer from 1 to 100")]
    [InlineData("/hsds/services?page=0", HttpStatusCode.BadRequest, "page must be an integer")]
    [InlineData("/hsds/services?taxonomy_term_id=crisis", HttpStatusCode.BadRequest, "taxonomy_term_id must be a UUID")]
    [InlineData("/hsds/services?modified_after=yesterday", HttpStatusCode.BadRequest, "modified_after")]
    [InlineData("/hsds/services?minimal=maybe", HttpStatusCode.BadRequest, "minimal must be true or false")]
    public async Task UnknownIdsAre404AndBadParametersAre400AsJson(string url, HttpStatusCode status, string message)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizationsTaxonomiesAndTermsAreListed()
    {
        var organizations = await GetAsync("/hsds/organizations?search=PerformCare");
        var taxonomies = await GetAsync("/hsds/taxonomies");
        var terms = await GetAsync("/hsds/taxonomy_terms?per_page=100");
        var locations = await GetAsync("/hsds/service_at_locations");

        Assert.Contains("PerformCare", organizations["contents"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
        Assert.Contains("caredirectory", taxonomies["contents"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.All(terms["contents"]!.AsArray(), t => Assert.Empty(HsdsFixtures.Schemas.Validate("taxonomy_term", t!, "term", 1)));
        Assert.Equal(0, locations["total_items"]!.GetValue<int>());
    }

    private async Task<JsonObject> GetAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static List<string> Ids(JsonObject page) => page["contents"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();
}
