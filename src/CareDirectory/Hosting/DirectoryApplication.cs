using CareDirectory.Data;
using CareDirectory.GraphQL;
using CareDirectory.GraphQL.Http;
using CareDirectory.Interop.Hsds;
using CareDirectory.Meetings;
using CareDirectory.Observability;

namespace CareDirectory.Hosting;

/// <summary>Composes the application: every feature adds its services and maps its endpoints here.</summary>
public static class DirectoryApplication
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddDirectoryDatabase();
        builder.Services.AddDirectoryGraphQL(builder.Configuration);
        builder.Services.AddMeetings();
        builder.Services.AddHsdsInterop();
        builder.Services.AddDirectoryTelemetry(builder.Configuration);

        var app = builder.Build();
        app.MapHealthEndpoints();
        app.MapGraphQLEndpoint("/graphql");
        app.MapMeetingCalendars();
        app.MapHsdsApi();
        return app;
    }
}
