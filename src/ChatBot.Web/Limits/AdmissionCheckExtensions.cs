namespace ChatBot.Web.Limits;

/// <summary>Attaches an <see cref="AdmissionCheck"/> to an endpoint.</summary>
public static class AdmissionCheckExtensions
{
    public static TBuilder WithAdmissionCheck<TBuilder>(this TBuilder builder, Func<HttpContext, ValueTask<IResult?>> checkAsync)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AdmissionCheck(checkAsync));
}
