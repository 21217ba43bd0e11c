using System.Security.Cryptography;
using System.Text;
using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace CareDirectory.Calendars;

/// <summary>Subscribable iCalendar feeds of meetings, for Google, Outlook and Apple Calendar.</summary>
public static class MeetingCalendarEndpoints
{
    /// <summary>
    /// <c>GET /calendars/{state}/{county}.ics</c>: the county's meetings and its state's statewide ones;
    /// <c>GET /calendars/partners/{partnerId}.ics</c>: the meetings a partner organises. 404 for an unknown county or partner.
    /// </summary>
    public static IEndpointRouteBuilder MapMeetingCalendars(this IEndpointRouteBuilder app)
    {
        var calendars = app.MapGroup("/calendars");
        calendars.MapGet("/partners/{partnerId:guid}.ics", PartnerCalendarAsync);
        calendars.MapGet("/{state}/{county}.ics", CountyCalendarAsync);
        return app;
    }

    private static async Task<IResult> CountyCalendarAsync(
        string state, string county, IDbContextFactory<DirectoryDbContext> contexts, HttpContext context, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var stateCode = state.ToUpperInvariant();
        var slug = county.ToLowerInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var place = await db.Counties.AsNoTracking()
            .Where(c => c.Slug == slug && c.State!.Code == stateCode)
            .Select(c => new { c.Id, c.StateId, c.Name, StateName = c.State!.Name, c.State.TimeZone })
            .SingleOrDefaultAsync(cancellationToken);
        if (place is null)
        {
            return Results.NotFound();
        }

        var meetings = await db.Meetings.AsNoTracking()
            .Where(CountyScope.PlacedIn<Meeting>([new CountyKey(place.Id, place.StateId)]))
            .ToListAsync(cancellationToken);
        return Calendar($"{place.Name} County, {place.StateName}: meetings", meetings, place.TimeZone, context, loggers);
    }

    private static async Task<IResult> PartnerCalendarAsync(
        Guid partnerId, IDbContextFactory<DirectoryDbContext> contexts, HttpContext context, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var partner = await db.Partners.AsNoTracking()
            .Where(p => p.Id == partnerId)
            .Select(p => new { p.Name, p.State!.TimeZone })
            .SingleOrDefaultAsync(cancellationToken);
        if (partner is null)
        {
            return Results.NotFound();
        }

        // A partner belongs to one state's system of care, so its state's zone is the fallback for all its meetings.
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.OrganizerId == partnerId)
            .ToListAsync(cancellationToken);
        return Calendar($"{partner.Name}: meetings", meetings, partner.TimeZone, context, loggers);
    }

    private static IResult Calendar(string name, List<Meeting> meetings, string fallbackTimeZone, HttpContext context, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MeetingCalendarEndpoints).FullName!);
        var text = MeetingCalendarWriter.Write(name, meetings, fallbackTimeZone, (meeting, errors) =>
            logger.LogWarning("Meeting {Key} left out of calendar feeds, invalid schedule: {Errors}",
                meeting.Key, string.Join(", ", errors.Select(e => $"{e.Field} {e.Code}"))));

        // Calendar apps poll feeds for ever; an unchanged feed renders byte for byte the same, so its hash is a
        // strong ETag and a poll with If-None-Match costs a 304 instead of the whole calendar.
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32]}\"");
        context.Response.GetTypedHeaders().ETag = etag;
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false))
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Text(text, MeetingCalendarWriter.ContentType);
    }
}
