using FluentValidation;

namespace CareDirectory.Editing.Meetings;

public sealed class MeetingInputValidator : AbstractValidator<MeetingInput>
{
    public MeetingInputValidator(bool create)
    {
        this.RequirePlaced(create);
        RuleFor(m => m.Schedule!.StartLocal).Must(v => MeetingScheduleInput.TryParseLocal(v, out _))
            .WithMessage("must be a local date and time without offset, e.g. 2026-01-13T18:00.").WithErrorCode("INVALID_DATE_TIME")
            .When(m => m.Schedule is not null);
    }
}
