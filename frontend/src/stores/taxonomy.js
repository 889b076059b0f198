import { defineStore } from 'pinia'
import { getTaxonomy } from '@/api/client'

/** The six transformation modes and the ten scenario categories, loaded once and shared. */
export const useTaxonomyStore = defineStore('taxonomy', {
  state: () => ({
    modes: [],
    categories: [],
    loading: false,
    loaded: false,
    error: null,
  }),
  getters: {
    isEmpty: (state) => state.loaded && state.modes.length === 0 && state.categories.length === 0,
  },
  actions: {
    async load({ force = false } = {}) {
      if (this.loading || (this.loaded && !force)) return
      this.loading = true
      this.error = null
      try {
        const { modes, categories } = await getTaxonomy()
        this.modes = modes
        this.categories = categories
        this.loaded = true
      } catch (err) {
        this.error = err
      } finally {
        this.loading = false
      }
    },
  },
})
