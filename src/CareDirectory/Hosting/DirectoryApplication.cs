using CareDirectory.Data;
using CareDirectory.Editing;
using CareDirectory.GraphQL;
using CareDirectory.GraphQL.Http;
using CareDirectory.Meetings;

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
        builder.Services.AddEditing(builder.Configuration);

        var app = builder.Build();
        app.MapHealthEndpoints();
        app.MapGraphQLEndpoint("/graphql");
        app.MapMeetingCalendars();
        return app;
    }
}
