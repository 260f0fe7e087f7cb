// Key Vault in RBAC mode holding the app's secrets; the web app's identity may read secrets and nothing else.

@description('Azure region.')
param location string

@description('Key Vault name (3-24 characters).')
@maxLength(24)
param name string

@description('Tags applied to every resource.')
param tags object

@description('Principal id of the web app\'s managed identity, granted Key Vault Secrets User.')
param readerPrincipalId string

@description('Bot Framework client secret of the app registration; empty when the bot uses a managed identity.')
@secure()
param botAppPassword string

// Built-in role "Key Vault Secrets User": read secret contents.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource botPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(botAppPassword)) {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: {
    value: botAppPassword
    contentType: 'Bot Framework app registration client secret'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Key Vault name.')
output name string = vault.name

// A URI, not the value: the app resolves it through a Key Vault reference with its own identity.
@description('Unversioned URI of the bot\'s client-secret entry (the app always reads the latest version); empty when there is none.')
output botCredentialUri string = botPassword.?properties.secretUri ?? ''
