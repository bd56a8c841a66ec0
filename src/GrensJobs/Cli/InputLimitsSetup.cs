using GrensJobs.Core.Vacancies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrensJobs.Cli;

/// <summary>The <see cref="InputLimits"/> of <c>import</c> and <c>normalise</c>: section <c>Import</c>, validated.</summary>
internal static class InputLimitsSetup
{
    public static IServiceCollection AddInputLimits(this IServiceCollection services, IConfiguration configuration)
    {
        // The [Range] attributes, validated here rather than by ValidateDataAnnotations so that a failure reads as
        // the attribute's own words ("Import:MaxLineBytes must be between …"), not as a type and member list.
        services.AddOptions<InputLimits>()
            .Bind(configuration.GetSection(InputLimits.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<InputLimits>, OptionsInWordsValidation<InputLimits>>();
        return services;
    }

    /// <summary>The configured limits; a value out of range or not a number is an <see cref="InvalidInputLimitsException"/> in words.</summary>
    public static InputLimits Resolve(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<IOptions<InputLimits>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            throw new InvalidInputLimitsException(string.Join(" ", ex.Failures));
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidInputLimitsException(
                $"the {InputLimits.SectionName} settings ({nameof(InputLimits.MaxLineBytes)}, {nameof(InputLimits.MaxTitleCharacters)}, {nameof(InputLimits.MaxDescriptionCharacters)}) must be whole numbers; check appsettings.json and the GrensJobs__{InputLimits.SectionName}__… environment variables.",
                ex);
        }
    }

    /// <summary>For verbs without the product's services (<c>normalise</c>): the limits from configuration alone.</summary>
    public static InputLimits Resolve(IConfiguration configuration)
    {
        using var services = new ServiceCollection().AddInputLimits(configuration).BuildServiceProvider();
        return Resolve(services);
    }
}
