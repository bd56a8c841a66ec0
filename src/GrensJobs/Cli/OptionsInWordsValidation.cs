using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace GrensJobs.Cli;

/// <summary>
/// Checks the data annotations of an options class and reports their messages as they are written ("Import:MaxLineBytes
/// must be between …"), rather than ValidateDataAnnotations' list of type and member names.
/// </summary>
internal sealed class OptionsInWordsValidation<TOptions> : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(results.Select(result => result.ErrorMessage ?? string.Join(", ", result.MemberNames)));
    }
}
