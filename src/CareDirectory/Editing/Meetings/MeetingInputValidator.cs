using FluentValidation;

namespace CareDirectory.Editing.Meetings;

public sealed class MeetingInputValidator : AbstractValidator<MeetingInput>
{
    public MeetingInputValidator(bool create)
    {
        this.RequireFor(create, m => m.Title);
        if (create)
        {
            RuleFor(m => m.State).Required();
        }

        RuleFor(m => m.State).StateCode();
        RuleFor(m => m.County).CountyFips();
        RuleFor(m => m.Schedule!.StartLocal).Must(v => MeetingScheduleInput.TryParseLocal(v, out _))
            .WithMessage("must be a local date and time without offset, e.g. 2026-01-13T18:00.").WithErrorCode("INVALID_DATE_TIME")
            .When(m => m.Schedule is not null);
    }
}
