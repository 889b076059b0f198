import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import './styles/main.css'

import App from './App.vue'
import { createAppRouter } from './router'
import { useAuthStore } from './stores/auth'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
// The session is restored (and wired to the API client) before the router's first navigation.
useAuthStore(pinia).install()
app.use(createAppRouter(undefined, { pinia }))
app.use(ElementPlus, { locale: zhCn })
app.mount('#app')
