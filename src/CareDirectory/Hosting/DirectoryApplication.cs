using CareDirectory.Bench;
using CareDirectory.Data;
using CareDirectory.Editing;
using CareDirectory.GraphQL;
using CareDirectory.GraphQL.Http;
using CareDirectory.Interop.Hsds;
using CareDirectory.Meetings;
using CareDirectory.Observability;
using CareDirectory.Search;
using CareDirectory.Searching;

namespace CareDirectory.Hosting;

/// <summary>Composes the application: every feature adds its services and maps its endpoints here.</summary>
public static class DirectoryApplication
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args).AddShippedSettings().AddTrustedProxies();
        builder.AddDirectoryDatabase();
        builder.Services.AddDirectoryGraphQL(builder.Configuration);
        builder.Services.AddMeetings();
        builder.Services.AddHsdsInterop();
        builder.Services.AddDirectoryTelemetry(builder.Configuration);
        builder.Services.AddBench(builder.Configuration); // bench/run only: nothing unless Bench:Enabled=true

        // Search: the index backend from Search:Provider, and the worker that keeps it in step with the database.
        builder.Services.AddCareDirectorySearch(builder.Configuration);
        builder.Services.AddDirectorySearchSync();

        // Editing: mutations, API keys, audit trail and rate limits.
        builder.Services.AddEditing(builder.Configuration);

        var app = builder.Build();
        app.UseTrustedProxies();
        app.MapHealthEndpoints();
        app.MapGraphQLEndpoint("/graphql");
        app.MapMeetingCalendars();
        app.MapHsdsApi();
        app.MapBenchEndpoints();
        return app;
    }
}
