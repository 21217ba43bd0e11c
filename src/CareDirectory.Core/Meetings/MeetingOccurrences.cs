using CareDirectory.Domain;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CareDirectory.Meetings;

/// <summary>Expands a schedule into concrete times, in the meeting's IANA zone, so 6 pm stays 6 pm across DST changes.</summary>
/// <remarks>Not sealed, and <see cref="Between"/> virtual, only so tests can simulate an expansion that fails.</remarks>
public class MeetingOccurrences(IOptions<MeetingOptions> options)
{
    // Nothing is scheduled this far ahead, and the bound keeps Ical.Net's walk from DTSTART to the window
    // (one step per interval: ~150,000 for a daily rule from 1900) short whatever window a client asks for.
    private static readonly Instant _latestInstant = Instant.FromUtc(2300, 1, 1, 0, 0);

    /// <summary>
    /// Occurrences starting in [<paramref name="from"/>, <paramref name="to"/>), ascending and without duplicates;
    /// EXDATEs are left out, RDATEs and one-off dates included. The window is cut to
    /// <see cref="MeetingOptions.MaxWindowDays"/> and the list to <paramref name="first"/> and
    /// <see cref="MeetingOptions.MaxOccurrences"/>, so a huge window or a rule without end returns quickly.
    /// </summary>
    /// <param name="fallbackTimeZone">The zone used when the schedule names none (the state's).</param>
    /// <exception cref="ArgumentException">The schedule is invalid (see <see cref="Rules.MeetingScheduleRules"/>).</exception>
    public virtual IReadOnlyList<MeetingOccurrence> Between(
        MeetingSchedule schedule, string fallbackTimeZone, DateTimeOffset from, DateTimeOffset to, int? first = null)
    {
        var limits = options.Value;
        var limit = Math.Min(first ?? limits.MaxOccurrences, limits.MaxOccurrences);
        var fromInstant = Instant.FromDateTimeOffset(from);
        if (limit <= 0 || fromInstant >= _latestInstant)
        {
            return [];
        }

        var toInstant = Min(Instant.FromDateTimeOffset(to), Min(fromInstant + Duration.FromDays(limits.MaxWindowDays), _latestInstant));
        if (toInstant <= fromInstant)
        {
            return [];
        }

        var recurrence = ScheduleRecurrence.From(schedule, fallbackTimeZone);
        if (recurrence is null)
        {
            return [];
        }

        // Local bounds a day wider than the window: no UTC offset exceeds 18 hours.
        var searchStart = fromInstant.InZone(recurrence.Zone).LocalDateTime.PlusDays(-1);
        var searchEnd = toInstant.InZone(recurrence.Zone).LocalDateTime.PlusDays(1);
        var found = new List<ZonedDateTime>();
        LocalDateTime? stopAfter = null;
        foreach (var local in recurrence.StartsFrom(searchStart))
        {
            if (local >= searchEnd || local > stopAfter)
            {
                break;
            }

            var start = recurrence.Resolve(local);
            if (start.ToInstant() < fromInstant || start.ToInstant() >= toInstant)
            {
                continue;
            }

            found.Add(start);
            if (found.Count == limit)
            {
                // Shifting out of a DST gap can move a start past later ones, by at most the gap (an hour, a day
                // at most in history), so read a little further before cutting the sorted list.
                stopAfter = local.PlusDays(2);
            }
        }

        return found
            .DistinctBy(start => start.ToInstant())
            .OrderBy(start => start.ToInstant())
            .Take(limit)
            .Select(start => new MeetingOccurrence(
                start.ToDateTimeOffset(),
                recurrence.Duration is { } duration ? start.Plus(duration).ToDateTimeOffset() : null))
            .ToList();
    }

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
