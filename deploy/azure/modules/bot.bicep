// Azure Bot registration pointing at the web app, with the Teams, Direct Line and Web Chat channels.

@description('Bot resource name (globally unique handle).')
param name string

@description('Name shown in channels.')
param displayName string

@description('Tags applied to every resource.')
param tags object

@description('HTTPS messaging endpoint of the host: https://<app>/api/messages.')
param endpoint string

@description('SingleTenant: an Entra app registration with a client secret; UserAssignedMSI: the web app\'s user-assigned identity.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param msaAppType string

@description('Microsoft App Id: the app registration\'s client id, or the managed identity\'s client id.')
param msaAppId string

@description('Resource id of the user-assigned identity (UserAssignedMSI only).')
param msaAppMsiResourceId string

@description('F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param sku string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: msaAppType
    msaAppId: msaAppId
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: msaAppType == 'UserAssignedMSI' ? msaAppMsiResourceId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

@description('Bot resource name.')
output name string = bot.name
