using CareDirectory.Calendars;
using CareDirectory.ChangeFeed;
using CareDirectory.Editing;
using CareDirectory.GraphQL;
using CareDirectory.GraphQL.Caching;
using CareDirectory.GraphQL.Http;
using CareDirectory.Hsds;
using CareDirectory.Observability;
using CareDirectory.SearchSync;

namespace CareDirectory.Hosting;

/// <summary>Composes the application: every feature adds its services and maps its endpoints here.</summary>
public static class DirectoryApplication
{
    public static WebApplication Create(string[] args, ApplicationExtensions? extensions = null)
    {
        extensions ??= ApplicationExtensions.None;
        var builder = WebApplication.CreateBuilder(args).AddShippedSettings().AddTrustedProxies();
        builder.AddDirectoryDatabase();
        builder.Services.AddDirectoryGraphQL(builder.Configuration);
        builder.Services.AddMeetings();
        builder.Services.AddHsdsInterop();
        builder.Services.AddDirectoryTelemetry(builder.Configuration);

        // The process's one change-log follower: search sync consumes its ordered, gap-safe stream.
        builder.Services.AddChangeLogFollower(builder.Configuration);

        // Search: the index backend from Search:Provider, and the worker that keeps it in step with the database.
        builder.Services.AddCareDirectorySearch(builder.Configuration);
        builder.Services.AddDirectorySearchSync();

        // The response cache's data version: the follower's watermark and the search index's position.
        builder.Services.AddSingleton<IReadModelPosition, SearchIndexReadModel>();

        // Editing: mutations, API keys, audit trail and rate limits.
        builder.Services.AddEditing(builder.Configuration);
        extensions.Services(builder);

        var app = builder.Build();
        app.UseTrustedProxies();

        // GraphQL subscriptions over WebSocket (graphql-transport-ws) share /graphql with HTTP.
        app.UseWebSockets();
        app.MapHealthEndpoints();
        app.MapGraphQLEndpoint("/graphql");
        app.MapMeetingCalendars();
        app.MapHsdsApi();
        extensions.Endpoints(app);
        return app;
    }
}
