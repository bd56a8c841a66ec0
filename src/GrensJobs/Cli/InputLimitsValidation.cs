using System.ComponentModel.DataAnnotations;
using GrensJobs.Core.Vacancies;
using Microsoft.Extensions.Options;

namespace GrensJobs.Cli;

/// <summary>Checks the data annotations of <see cref="InputLimits"/> and reports their messages as they are written.</summary>
internal sealed class InputLimitsValidation : IValidateOptions<InputLimits>
{
    public ValidateOptionsResult Validate(string? name, InputLimits options)
    {
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(results.Select(result => result.ErrorMessage ?? string.Join(", ", result.MemberNames)));
    }
}
