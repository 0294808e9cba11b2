FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build
WORKDIR /src
COPY . .
RUN dotnet nuget add source https://pkgs.dev.azure.com/org/_packaging/feed/nuget/v3/index.json -n corp -u build -p $FEED_PAT --store-password-in-clear-text
RUN dotnet publish -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:6.0
MAINTAINER platform@example.com
ENV ASPNETCORE_URLS=http://+:80
WORKDIR app
COPY --from=build /app .
ADD appsettings.Production.json .
EXPOSE 80
CMD dotnet Legacy.dll
