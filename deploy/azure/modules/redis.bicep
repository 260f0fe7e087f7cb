// Azure Cache for Redis shared by every instance of the host for conversation state; its connection string goes to Key Vault.

@description('Azure region.')
param location string

@description('Cache name.')
param name string

@description('Tags applied to every resource.')
param tags object

@description('Key Vault (in this resource group) that receives the connection string.')
param keyVaultName string

resource cache 'Microsoft.Cache/redis@2024-03-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'Basic'
      family: 'C'
      capacity: 0
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource connection 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'RedisConnection'
  properties: {
    value: '${cache.properties.hostName}:${cache.properties.sslPort},password=${cache.listKeys().primaryKey},ssl=True,abortConnect=False'
    contentType: 'StackExchange.Redis connection string'
  }
}

@description('Unversioned URI of the RedisConnection secret.')
output connectionSecretUri string = '${vault.properties.vaultUri}secrets/${connection.name}'
