import { defineStore } from 'pinia'
import { configureAuth, getMe, login as apiLogin, logout as apiLogout, refreshTokens } from '@/api/client'

/** Where the session survives a reload (and is shared by the tabs of this browser). */
export const STORAGE_KEY = 'scenehub.auth'

export const ROLE_NAMES = {
  ADMIN: '平台管理员',
  COMMISSIONER: '数字专员',
  ENTERPRISE: '企业用户',
  PROVIDER: '服务商用户',
}

function storage() {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null // storage disabled by the browser: the session then lasts as long as the page
  }
}

function readStored() {
  try {
    const raw = storage()?.getItem(STORAGE_KEY)
    const data = raw ? JSON.parse(raw) : null
    return data && typeof data.accessToken === 'string' ? data : null
  } catch {
    return null
  }
}

/**
 * The signed-in user's session: tokens (kept in localStorage), roles and who they are. It plugs
 * itself into the API client (install), which then sends the token and, on a 401, calls refresh()
 * once; concurrent 401s share one refresh, since a refresh token can be used only once.
 */
export const useAuthStore = defineStore('auth', {
  state: () => ({
    accessToken: null,
    refreshToken: null,
    roles: [],
    user: null,
    restored: false,
  }),
  getters: {
    isAuthenticated: (state) => !!state.accessToken,
    role: (state) => state.user?.role || state.roles[0] || null,
    roleName() {
      return ROLE_NAMES[this.role] || ''
    },
    displayName: (state) => state.user?.username || '',
  },
  actions: {
    /** Reads the stored session and connects the store to the API client. Call once at start. */
    install() {
      const stored = readStored()
      if (stored) {
        this.accessToken = stored.accessToken
        this.refreshToken = stored.refreshToken || null
        this.roles = Array.isArray(stored.roles) ? stored.roles : []
        this.user = stored.user || null
      }
      this.restored = true
      configureAuth({
        getAccessToken: () => this.accessToken,
        refresh: () => this.refresh(),
        onAuthLost: () => this.clear(),
      })
    },

    persist() {
      const store = storage()
      if (!store) return
      if (!this.accessToken) {
        store.removeItem(STORAGE_KEY)
        return
      }
      store.setItem(
        STORAGE_KEY,
        JSON.stringify({ accessToken: this.accessToken, refreshToken: this.refreshToken, roles: this.roles, user: this.user }),
      )
    },

    accept(tokens) {
      this.accessToken = tokens.accessToken
      this.refreshToken = tokens.refreshToken || null
      this.roles = Array.isArray(tokens.roles) ? tokens.roles : []
      this.persist()
    },

    /** Rejects with the API's error (e.g. 401 wrong password, 429 too many attempts). */
    async login(username, password) {
      const tokens = await apiLogin(username.trim(), password)
      this.user = null
      this.accept(tokens)
      await this.loadMe()
    },

    async loadMe() {
      try {
        this.user = await getMe()
      } catch {
        // The roles from the token answer still drive the menu; "who am I" is a nicety.
        this.user = null
      }
      this.persist()
    },

    /** Exchanges the refresh token for a new pair; resolves false when the session is over. */
    refresh() {
      if (this._refreshing) return this._refreshing
      const token = this.refreshToken
      if (!token) return Promise.resolve(false)
      this._refreshing = refreshTokens(token)
        .then((tokens) => {
          this.accept(tokens)
          return true
        })
        .catch(() => {
          this.clear()
          return false
        })
        .finally(() => {
          this._refreshing = null
        })
      return this._refreshing
    },

    /** Ends the session on the server (best effort) and here. */
    async logout() {
      const refreshToken = this.refreshToken
      if (this.accessToken) {
        try {
          await apiLogout(refreshToken)
        } catch {
          // Already expired or the server is unreachable: forgetting the tokens here still logs out.
        }
      }
      this.clear()
    },

    clear() {
      this.accessToken = null
      this.refreshToken = null
      this.roles = []
      this.user = null
      this.persist()
    },
  },
})
