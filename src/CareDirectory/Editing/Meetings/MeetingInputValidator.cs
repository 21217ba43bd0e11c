using CareDirectory.Meetings;
using FluentValidation;

namespace CareDirectory.Editing.Meetings;

public sealed class MeetingInputValidator : AbstractValidator<MeetingInput>
{
    public MeetingInputValidator(bool create)
    {
        if (create)
        {
            RuleFor(m => m.State).Required();
            RuleFor(m => m.Title).Required();
        }
        else
        {
            RuleFor(m => m.Id).Required();
            RuleFor(m => m.Version).NotNull().WithMessage("is required: send the version you read.").WithErrorCode("REQUIRED");
            RuleFor(m => m.Title).Must(n => n is null || n.Trim().Length > 0).WithMessage("must not be blank.").WithErrorCode("REQUIRED");
        }

        RuleFor(m => m.State).Must(s => s is null || (s.Length == 2 && s.All(char.IsAsciiLetter))).WithMessage("must be a two-letter USPS state code.").WithErrorCode("INVALID_STATE");
        RuleFor(m => m.County).Must(c => c is null || (c.Length == 5 && c.All(char.IsAsciiDigit))).WithMessage("must be a five-digit county FIPS code.").WithErrorCode("INVALID_FIPS");
        RuleFor(m => m.Title).MaxText(InputRules.NameLength);
        RuleFor(m => m.Description).MaxText(InputRules.TextLength);
        RuleFor(m => m.AccessibilityNotes).MaxText(InputRules.TextLength);
        RuleFor(m => m.Language).LanguageTag();
        RuleFor(m => m.JoinUrl).HttpUrl();
        RuleFor(m => m.RegistrationUrl).HttpUrl();
        RuleFor(m => m.RecordingUrl).HttpUrl();
        RuleFor(m => m.Schedule!).ChildRules(s =>
        {
            s.RuleFor(x => x.Text).MaxText(InputRules.ShortTextLength);
            s.RuleFor(x => x.PublishedScheduleUrl).HttpUrl();
            s.RuleFor(x => x.StartLocal).Must(v => MeetingScheduleInput.TryParseLocal(v, out _))
                .WithMessage("must be a local date and time without offset, e.g. 2026-01-13T18:00.").WithErrorCode("INVALID_DATE_TIME");
        }).When(m => m.Schedule is not null);

        // The meetings module's own rules (time zone, RRULE, start, duration) with their codes and field paths.
        RuleFor(m => m.Schedule).Custom((schedule, context) =>
        {
            if (schedule is null || !MeetingScheduleInput.TryParseLocal(schedule.StartLocal, out _))
            {
                return;
            }

            foreach (var error in MeetingScheduleValidator.Validate(schedule.ToSchedule(), "Schedule"))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(error.Field, error.Message) { ErrorCode = error.Code });
            }
        });
    }
}
